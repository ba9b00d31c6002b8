import { z } from 'zod'

export const pageInputSchema = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(20),
  q: z.string().trim().max(100).optional(),
})
export type PageInput = z.infer<typeof pageInputSchema>

export interface Page<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}

export const offsetOf = (p: { page: number; pageSize: number }) => (p.page - 1) * p.pageSize

/**
 * Lists over a national network count at most this many matches: past it the total shows as
 * "10 000+" instead of scanning a million rows on every page (the choice of issue 13).
 */
export const COUNT_CAP = 10_000

/**
 * A keyset cursor: the sort key of the last row shown (an instant, or empty for "no deadline") and its
 * id. The next page starts strictly after it, so a deep page costs what the first one does.
 */
export const cursorSchema = z
  .string()
  .regex(
    /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)?~[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    'not a valid page cursor',
  )
  // An instant that does not exist (2026-02-30T…) would be rolled over by Date, or fail in the database.
  .refine((s) => {
    const at = s.split('~')[0]!
    const d = new Date(at)
    return at === '' || (!Number.isNaN(d.getTime()) && d.toISOString() === at)
  }, 'not a valid page cursor')
export type Cursor = { at: Date | null; id: string }
export const encodeCursor = (c: Cursor) => `${c.at ? c.at.toISOString() : ''}~${c.id}`
export function decodeCursor(s: string): Cursor {
  const [at, id] = s.split('~') as [string, string]
  return { at: at ? new Date(at) : null, id }
}

/**
 * Keyset paging by a list's own sort key, for exports: the rows after `after` (the encoded key of the
 * last row read; offset ignored) and, when `uncounted`, no total (0) — a million-row export never counts.
 */
export type KeysetWindow = { after?: string; uncounted?: boolean }
export type SortKeyValue = string | number | Date
/** The sort key of a row as a cursor: the values in order, instants tagged so they come back as Dates. */
export const encodeKeys = (values: readonly SortKeyValue[]) =>
  JSON.stringify(values.map((v) => (v instanceof Date ? { at: v.toISOString() } : v)))
export const decodeKeys = (s: string): SortKeyValue[] =>
  (JSON.parse(s) as (string | number | { at: string })[]).map((v) =>
    typeof v === 'object' ? new Date(v.at) : v,
  )
/** The sort value of "no deadline" in a nearest-deadline-first keyset: after every real one. */
export const NO_DEADLINE = new Date('9999-12-31T00:00:00.000Z')
