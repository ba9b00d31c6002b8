import type { RouteRecordRaw } from 'vue-router'

/** HQ finance's reimbursement screens: audit queue, a claim's audit, settlement, statements, accounts, settings. */
export const reimbursementRoutes: RouteRecordRaw[] = [
  {
    path: 'reimbursement',
    meta: { roles: ['hq_admin', 'hq_finance'] },
    children: [
      { path: '', name: 'reimbursement', component: () => import('./AuditQueuePage.vue') },
      {
        path: 'claims/:id',
        name: 'reimbursement-claim',
        component: () => import('./AuditClaimPage.vue'),
        props: true,
      },
      {
        path: 'settlement',
        name: 'reimbursement-settlement',
        component: () => import('./SettlementPage.vue'),
      },
      {
        path: 'statements',
        name: 'reimbursement-statements',
        component: () => import('./StatementsPage.vue'),
      },
      { path: 'accounts', name: 'reimbursement-accounts', component: () => import('./AccountsPage.vue') },
      { path: 'settings', name: 'reimbursement-settings', component: () => import('./SettingsPage.vue') },
    ],
  },
]
