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

/** A file returned by the API (base64) saved by the browser under its name. */
export function saveBase64(file: { fileName: string; mime: string; contentBase64: string }) {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }))
  const a = document.createElement('a')
  a.href = url
  a.download = file.fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
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
