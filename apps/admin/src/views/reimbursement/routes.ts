import { asTab, page, section } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

/** HQ finance's reimbursement screens: audit queue, a claim's audit, settlement, statements, accounts, settings. */
export const reimbursementRoutes: RouteRecordRaw[] = [
  section('reimbursement', { roles: ['hq_admin', 'hq_finance'], tabs: 'reimbursement.tabs' }, [
    page('', 'reimbursement', () => import('./AuditQueuePage.vue'), asTab('queue')),
    page('claims/:id', 'reimbursement-claim', () => import('./AuditClaimPage.vue'), { props: true }),
    page('settlement', 'reimbursement-settlement', () => import('./SettlementPage.vue'), asTab('settlement')),
    page('statements', 'reimbursement-statements', () => import('./StatementsPage.vue'), asTab('statements')),
    page('accounts', 'reimbursement-accounts', () => import('./AccountsPage.vue'), asTab('accounts')),
    page('settings', 'reimbursement-settings', () => import('./SettingsPage.vue'), asTab('settings')),
  ]),
]
