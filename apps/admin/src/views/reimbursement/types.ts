import type { ApiClient } from '@asq/api-client'

type Out<P extends { query: (...args: never[]) => Promise<unknown> }> = Awaited<ReturnType<P['query']>>
type H = ApiClient['reimbursement']['hq']

export type QueueRow = Out<H['queue']>['items'][number]
export type HqClaim = Out<H['claim']>
export type HqLine = HqClaim['lines'][number]
export type Preview = Out<H['settlementPreview']>
export type PreviewRow = Preview['dealers'][number]
export type StatementRow = Out<H['statements']>['items'][number]
export type AccountRow = Out<H['accounts']>[number]
export type Ledger = Out<H['ledger']>

export const hqKeys = {
  all: ['reimbursement', 'hq'] as const,
  queue: ['reimbursement', 'hq', 'queue'] as const,
  claim: (id: string) => ['reimbursement', 'hq', 'claim', id] as const,
  preview: ['reimbursement', 'hq', 'preview'] as const,
  statements: ['reimbursement', 'hq', 'statements'] as const,
  accounts: ['reimbursement', 'hq', 'accounts'] as const,
  ledger: ['reimbursement', 'hq', 'ledger'] as const,
  settings: ['reimbursement', 'hq', 'settings'] as const,
}

export const statusType = (s: string) =>
  (
    ({
      draft: 'info',
      submitted: 'primary',
      under_audit: 'warning',
      audited: 'success',
      settled: 'success',
    }) as const
  )[s as 'draft'] ?? 'info'
