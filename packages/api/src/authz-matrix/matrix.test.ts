import { testDatabases } from '@asq/db/testing'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appRouter } from '../root'
import { createHarness, type Harness } from '../testing/harness'
import type { Expectation } from './matrix.types'
import {
  CUSTOMER_PHONE,
  createFixture,
  type Fixture,
  type Outcome,
  PRINCIPALS,
  type Principal,
  STAFF_LOGIN,
  TARGETS,
  type Target,
} from './principals'
import { MATRIX } from './rows'

const procedures = Object.keys(appRouter._def.procedures).sort()

it('has a row for every procedure of the router, and none for procedures that do not exist', () => {
  expect(Object.keys(MATRIX).sort()).toEqual(procedures)
})

const expected = (e: Expectation, t: Target): Outcome => (typeof e === 'string' ? e : e[t])

describe.each(testDatabases())('authorization matrix on $name', (target) => {
  let h: Harness
  let fx: Fixture
  const tokens = new Map<Principal, string | null>()

  const tokenFor = async (p: Principal): Promise<string | null> => {
    if (p === 'anonymous') return null
    if (p === 'customer') return h.customerToken(CUSTOMER_PHONE)
    return h.staffToken(STAFF_LOGIN[p])
  }

  beforeAll(async () => {
    h = await createHarness(target)
    fx = createFixture(h)
    for (const p of PRINCIPALS) tokens.set(p, await tokenFor(p))
  })
  afterAll(() => h.close())

  async function call(path: string, p: Principal, t: Target): Promise<Outcome> {
    const row = MATRIX[path]!
    const token = row.freshSession ? await tokenFor(p) : tokens.get(p)!
    const caller = (await h.as(token)) as unknown as Record<string, unknown>
    const procedure = path
      .split('.')
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
      i: unknown,
    ) => Promise<unknown>
    const input = await row.input(fx, p, t)
    try {
      await procedure(input)
      return 'OK'
    } catch (e) {
      if (e instanceof TRPCError) return e.code as Outcome
      throw e
    }
  }

  const auditCount = async () => (await h.repos.audit.list({ limit: 1, offset: 0 })).total

  for (const path of procedures) {
    it(`${path}: every principal × target gets exactly the expected answer`, async () => {
      const row = MATRIX[path]!
      const isMutation =
        (appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)[path]!._def
          .type === 'mutation'
      const actual: string[] = []
      const wanted: string[] = []
      for (const p of PRINCIPALS) {
        for (const t of row.scoped ? TARGETS : (['own'] as const)) {
          const before = isMutation ? await auditCount() : 0
          const got = await call(path, p, t)
          actual.push(`${p}/${t}: ${got}`)
          wanted.push(`${p}/${t}: ${expected(row.expect[p], t)}`)
          // Every mutation that went through left an audit event in the same transaction.
          if (isMutation && got === 'OK')
            expect(await auditCount(), `${path} as ${p} wrote no audit event`).toBeGreaterThan(before)
        }
        if (row.scoped) {
          // Another tenant's record is indistinguishable from a missing one.
          const other = expected(row.expect[p], 'otherTenant')
          if (other !== 'OK') expect(other).toBe(expected(row.expect[p], 'missing'))
        }
      }
      expect(actual).toEqual(wanted)
    })
  }
})
