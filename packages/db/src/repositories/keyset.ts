import { decodeKeys, type KeysetWindow } from '@asq/domain'
import { type AnyColumn, and, asc, Column, desc, is, or, type SQL, sql } from 'drizzle-orm'

/** A list's sort key: columns or expressions (never null) with their direction; the last makes it unique. */
export type SortKey = readonly (readonly [AnyColumn | SQL, 'asc' | 'desc'])[]

/** A cursor value as a parameter, encoded as its column stores it. */
const param = (c: AnyColumn | SQL, v: unknown) => (is(c, Column) ? sql.param(v, c) : sql.param(v))
const cmp = (c: AnyColumn | SQL, op: '=' | '<' | '>', v: unknown) => sql`${c} ${sql.raw(op)} ${param(c, v)}`

/** ORDER BY the sort key. */
export const keyOrder = (key: SortKey) => key.map(([c, d]) => (d === 'asc' ? asc(c) : desc(c)))

/**
 * The rows strictly after the cursor in the key's order. One direction throughout is a row comparison
 * (`(a, b) < ($1, $2)`), which an index on the same columns serves as a range; mixed directions expand
 * to `a < $1 or (a = $1 and b > $2)`.
 */
export function afterKey(key: SortKey, after: string | undefined): SQL | undefined {
  if (!after) return undefined
  const v = decodeKeys(after)
  if (v.length !== key.length) throw new Error('cursor does not match the sort key')
  if (key.every(([, d]) => d === key[0]![1])) {
    const cols = sql.join(
      key.map(([c]) => sql`${c}`),
      sql`, `,
    )
    const vals = sql.join(
      key.map(([c], i) => param(c, v[i])),
      sql`, `,
    )
    return key[0]![1] === 'asc' ? sql`(${cols}) > (${vals})` : sql`(${cols}) < (${vals})`
  }
  return or(
    ...key.map(([c, d], i) =>
      and(...key.slice(0, i).map(([p], j) => cmp(p, '=', v[j])), cmp(c, d === 'asc' ? '>' : '<', v[i])),
    ),
  )
}

/** Offset for a page: none when reading after a cursor. */
export const offsetFor = (w: KeysetWindow & { offset: number }) => (w.after ? 0 : w.offset)
