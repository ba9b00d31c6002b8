import type { RouterOutputs } from '@asq/api-client'

type H = RouterOutputs['reimbursement']['hq']

export type QueueRow = H['queue']['items'][number]
export type HqClaim = H['claim']
export type HqLine = HqClaim['lines'][number]
export type StatementRow = H['statements']['items'][number]
export type AccountRow = H['accounts'][number]

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
