import type { Harness } from '../testing/harness'
import { CUSTOMER_PHONE, PRINCIPALS, type Principal, STAFF_LOGIN } from './principals'
import { MATRIX } from './rows'

/** The first principal the matrix lets through to the handler (its own record), if any. */
export function admitted(path: string): Principal | null {
  const row = MATRIX[path]!
  for (const p of PRINCIPALS) {
    const e = row.expect[p]
    const own = typeof e === 'string' ? e : e.own
    if (own !== 'UNAUTHORIZED' && own !== 'FORBIDDEN') return p
  }
  return null
}

/** The procedure at a dotted path ("complaint.desk.intake") of a caller, as a plain function. */
export function procedureAt(caller: unknown, path: string): (input: unknown) => Promise<unknown> {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    input: unknown,
  ) => Promise<unknown>
}

/** A session token for a principal (null for nobody). */
export const sessionOf = async (h: Harness, p: Principal): Promise<string | null> =>
  p === 'anonymous' ? null : p === 'customer' ? h.customerToken(CUSTOMER_PHONE) : h.staffToken(STAFF_LOGIN[p])
