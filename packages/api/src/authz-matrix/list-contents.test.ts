import { testDatabases } from '@asq/db/testing'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { appRouter } from '../root'
import { createHarness, type Harness } from '../testing/harness'
import { procedureAt, sessionOf } from './admitted'
import { CUSTOMER_PHONE, createFixture, type Fixture, type Principal, STAFF_LOGIN } from './principals'
import { MATRIX } from './rows'

/**
 * What a tenant sees in its lists and exports, not only in one `get`: every query a station, a supplier
 * or a customer may call is called (with the largest page its schema allows), and every id in the answer
 * is looked up among all rows of the database. A row belongs to a tenant through a station, dealer,
 * supplier, organisation or customer column, or through a parent row that does (a complaint's events,
 * a claim's lines). Any id of a row that belongs to another tenant of the caller's kind — another
 * station's queue, another dealer's claims, another supplier's 8D, another customer's complaints — is
 * a foreign row. Before the calls, every scoped row of the matrix builds its records for each target,
 * so each list has other tenants' records to leak.
 */
type Procedure = { _def: { type: string; inputs: z.ZodType[] } }
const PROCEDURES = appRouter._def.procedures as unknown as Record<string, Procedure>
const TENANTS = ['dealer_manager', 'dealer_staff', 'supplier_user', 'customer'] as const
type Tenant = (typeof TENANTS)[number]
const BUILDERS = ['dealer_manager', 'supplier_user', 'customer'] as const
const KIND: Record<Tenant, 'dealer' | 'supplier' | 'customer'> = {
  dealer_manager: 'dealer',
  dealer_staff: 'dealer',
  supplier_user: 'supplier',
  customer: 'customer',
}
const OWNER_COLUMNS = ['station_id', 'dealer_id', 'supplier_id', 'org_id', 'organisation_id', 'customer_id']
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

type Sql = { query(q: string): Promise<{ rows: Record<string, unknown>[] }> }

/** For every row id in the database: the tenants it belongs to ("org:<id>" or "customer:<id>"). */
async function owners(client: Sql): Promise<Map<string, Set<string>>> {
  const cols = (
    await client.query(
      `select c.table_name as t, c.column_name as c from information_schema.columns c
       join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
       where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.data_type = 'uuid'`,
    )
  ).rows as { t: string; c: string }[]
  const byTable = new Map<string, string[]>()
  for (const { t, c } of cols) byTable.set(t, [...(byTable.get(t) ?? []), c])
  const owned = new Map<string, Set<string>>()
  const add = (id: string, owner: string) => owned.set(id, (owned.get(id) ?? new Set()).add(owner))
  const rows = new Map<string, Record<string, string | null>[]>()
  for (const [t, cs] of byTable) {
    if (!cs.includes('id')) continue
    const r = await client.query(`select ${cs.map((c) => `"${c}"::text as "${c}"`).join(', ')} from "${t}"`)
    rows.set(t, r.rows as Record<string, string | null>[])
  }
  for (const r of rows.get('customers') ?? []) add(r.id!, `customer:${r.id}`)
  for (const [, rs] of rows)
    for (const r of rs)
      for (const c of OWNER_COLUMNS)
        if (r[c]) add(r.id!, c === 'customer_id' ? `customer:${r[c]}` : `org:${r[c]}`)
  // Children inherit their parents' tenants (events of a complaint, lines of a claim), twice over.
  for (let pass = 0; pass < 2; pass++)
    for (const [t, rs] of rows) {
      if (t === 'customers' || t === 'organisations') continue
      for (const r of rs)
        for (const [c, v] of Object.entries(r))
          if (c !== 'id' && v && owned.has(v)) for (const o of owned.get(v)!) add(r.id!, o)
    }
  return owned
}

/** Every uuid string anywhere inside an answer. */
function ids(v: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof v === 'string' && UUID.test(v)) out.add(v.toLowerCase())
  else if (Array.isArray(v)) for (const x of v) ids(x, out)
  else if (v && typeof v === 'object') for (const x of Object.values(v)) ids(x, out)
  return out
}

/** An export's answer with its rows read (every cell the file would hold); any other answer as is. */
async function drained(answer: unknown): Promise<unknown> {
  const rows = (answer as { rows?: unknown } | null)?.rows
  if (!rows || typeof rows !== 'object' || !(Symbol.asyncIterator in rows)) return answer
  const cells: unknown[] = []
  for await (const r of rows as AsyncIterable<unknown>) cells.push(r)
  return { ...(answer as object), rows: cells }
}

/** The input with its page as large as the schema allows, so a leak is not hidden on page two. */
function widest(schema: z.ZodType | undefined, input: unknown): unknown {
  if (!schema || !input || typeof input !== 'object') return input
  for (const limit of [1000, 500, 200, 100, 50]) {
    const wide = { ...input, limit, offset: 0 }
    if (schema.safeParse(wide).success) return wide
  }
  return input
}

describe.each(testDatabases())('foreign rows in tenant lists and exports on $name', (target) => {
  let h: Harness
  let fx: Fixture
  const tokens = new Map<Principal, string | null>()
  let orgKind: Map<string, string>

  beforeAll(async () => {
    h = await createHarness(target)
    fx = createFixture(h)
    for (const p of TENANTS) tokens.set(p, await sessionOf(h, p))
    // Every scoped row builds its records, the caller's own and another tenant's: plenty to leak.
    // (A station's staff and manager share fixtures; the other targets add nothing foreign.)
    for (const [, row] of Object.entries(MATRIX).filter(([, r]) => r.scoped))
      for (const p of BUILDERS) for (const t of ['own', 'otherTenant'] as const) await row.input(fx, p, t)
    orgKind = new Map((await h.repos.organisations.list()).map((o) => [o.id, o.kind]))
  }, 120_000)
  afterAll(() => h.close())

  /** The tenant a principal is: its organisation, or for a customer the customer record. */
  async function self(p: Tenant): Promise<string> {
    if (p === 'customer')
      return `customer:${(await h.repos.customers.byContact({ type: 'phone', value: CUSTOMER_PHONE }))!.id}`
    return `org:${(await h.repos.users.byUsername(STAFF_LOGIN[p]))!.orgId}`
  }
  const isForeign = (p: Tenant, me: string, owner: string) => {
    if (owner === me) return false
    if (KIND[p] === 'customer') return owner.startsWith('customer:')
    return owner.startsWith('org:') && orgKind.get(owner.slice(4)) === KIND[p]
  }

  it('no list, export or read a tenant may call shows a row of another tenant of its kind', async () => {
    const client = (h.db as unknown as { $client: Sql }).$client
    const calls: { path: string; p: Tenant; input: unknown }[] = []
    for (const [path, row] of Object.entries(MATRIX).sort(([a], [b]) => a.localeCompare(b))) {
      if (PROCEDURES[path]!._def.type !== 'query') continue
      for (const p of TENANTS) {
        const e = row.expect[p]
        if ((typeof e === 'string' ? e : e.own) !== 'OK') continue
        calls.push({
          path,
          p,
          input: widest(PROCEDURES[path]!._def.inputs[0], await row.input(fx, p, 'own')),
        })
      }
    }
    const owned = await owners(client)
    const leaks: string[] = []
    const leaking = new Set<string>()
    let lists = 0
    let seen = 0
    let foreignInDb = 0
    for (const { path, p, input } of calls) {
      const me = await self(p)
      let answer: unknown
      try {
        answer = await drained(await procedureAt(await h.as(tokens.get(p)!), path)(input))
      } catch (e) {
        if (e instanceof TRPCError) throw new Error(`${path} as ${p}: ${e.code} ${e.message}`)
        throw e
      }
      if (!MATRIX[path]!.scoped) lists++
      for (const id of ids(answer)) {
        const o = owned.get(id)
        if (!o) continue
        seen++
        const foreign = [...o].filter((x) => isForeign(p, me, x))
        if (!foreign.length) continue
        leaks.push(`${path} as ${p}: row ${id} of ${foreign.join(', ')}`)
        leaking.add(path)
      }
    }
    for (const p of TENANTS) {
      const me = await self(p)
      for (const o of owned.values()) if ([...o].some((x) => isForeign(p, me, x))) foreignInDb++
    }
    console.log(
      `[figure] foreign rows in lists: ${leaks.length} (${leaking.size} of ${lists} lists and exports leak; ${calls.length} tenant reads, ${seen} known rows shown, ${foreignInDb} foreign rows to leak)`,
    )
    expect(foreignInDb).toBeGreaterThan(0)
    expect(leaks).toEqual([])
  }, 120_000)
})
