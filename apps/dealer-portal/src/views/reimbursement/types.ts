import type { RouterOutputs } from '@asq/api-client'
import { saveText } from '@asq/ui'

type D = RouterOutputs['reimbursement']['dealer']

export type Claim = D['claim']
export type ClaimLine = Claim['lines'][number]
export type StatementRow = D['statements']['items'][number]
export type Problem = ClaimLine['problems'][number]

/** Reads a picked file as base64, reporting progress 0–100 while reading. */
export function readBase64(file: File, onProgress: (pct: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100))
    }
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.onload = () => {
      const s = String(reader.result ?? '')
      resolve(s.slice(s.indexOf(',') + 1))
    }
    reader.readAsDataURL(file)
  })
}

/** The `details` a domain error carries (rows of an import, lines of a refused submission). */
export function errorDetails<T>(e: unknown, key: string): T | null {
  const data = (e as { data?: { details?: Record<string, unknown> | null } } | null)?.data
  const details = data?.details
  return (details?.[key] as T | undefined) ?? null
}

/** Saves a CSV the dealer can fill in: the header row the import understands (UTF-8 with BOM for Excel). */
export function saveTemplateCsv(headers: readonly string[]) {
  saveText('reimbursement-template.csv', `\uFEFF${headers.join(',')}\r\n`, 'text/csv')
}

/**
 * One idempotency key per submit intent — the claim at one version: a double click, or a retry after a
 * timeout, sends the same key, so the server submits once; any change to the claim starts a new intent.
 */
export function useSubmitIntent() {
  let key = ''
  let intent = ''
  return (c: { id: string; version: number }): string => {
    if (intent !== `${c.id}@${c.version}`) {
      intent = `${c.id}@${c.version}`
      key = crypto.randomUUID()
    }
    return key
  }
}
