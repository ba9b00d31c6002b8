import { testDatabases } from '@asq/db/testing'
import { TRPCError } from '@trpc/server'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appRouter } from '../root'
import { createHarness, type Harness } from '../testing/harness'
import { admitted, procedureAt, sessionOf } from './admitted'
import { PRINCIPALS, type Principal } from './principals'
import { MATRIX } from './rows'

/**
 * Bad input never becomes a 500: every procedure, called by someone it lets in, with inputs of the
 * wrong shape, out of range, hostile text (NUL bytes, SQL, huge strings) and random values, answers
 * with a typed error (or succeeds when the input happens to be acceptable) — never an internal error.
 * The routers' inputs are checked before any handler runs, so one database suffices.
 */
const MISSING = '00000000-0000-4000-8000-000000000000'
const HOSTILE: unknown[] = [
  undefined,
  null,
  {},
  [],
  'x',
  -1,
  true,
  { id: 'not-a-uuid' },
  { id: MISSING, version: -1, claimId: MISSING, lineId: MISSING },
  { page: -1, pageSize: 1_000_000 },
  { period: '2026-13', from: '2026-02-30', to: 'yesterday' },
  { q: "'; drop table users; --", search: '%_\\', text: 'a'.repeat(100_000) },
  { id: MISSING, version: 1, note: 'nul\u0000byte', reason: '\u0000', summary: '\u0000' },
  { amountFen: 1.5, labourRateFen: Number.MAX_SAFE_INTEGER + 2, quantity: Number.NaN },
  { contentBase64: '@@@not base64@@@', fileName: 'x.xlsx', format: 'xlsx', claimId: MISSING, version: 1 },
  JSON.parse('{"__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}}'),
  ...fc.sample(fc.anything({ withNullPrototype: true, maxDepth: 2 }), { seed: 20261126, numRuns: 6 }),
]

const procedures = Object.keys(appRouter._def.procedures).sort()

describe.each(testDatabases().slice(0, 1))('hostile input on $name', (target) => {
  let h: Harness
  const tokens = new Map<Principal, string | null>()
  const tokenFor = (p: Principal) => sessionOf(h, p)

  beforeAll(async () => {
    h = await createHarness(target)
    for (const p of PRINCIPALS) tokens.set(p, await tokenFor(p))
  })
  afterAll(() => h.close())

  it('text with a NUL character is refused naming its field, before anything is written', async () => {
    const customer = await h.as(tokens.get('customer')!)
    const stationId = (await h.repos.organisations.list({ kind: 'dealer' }))[0]!.id
    const before = (await customer.complaint.my.list({})).total
    const refused = await customer.complaint.my
      .file({
        clientRequestId: crypto.randomUUID(),
        cause: 'repair_quality',
        stationId,
        summary: '异响\u0000',
        description: '保养后异响',
      })
      .then(
        () => null,
        (e: TRPCError) => e,
      )
    expect(refused?.code).toBe('BAD_REQUEST')
    expect((refused?.cause as { field?: string } | undefined)?.field).toBe('summary')
    expect((await customer.complaint.my.list({})).total).toBe(before)
  })

  for (const path of procedures) {
    it(`${path} answers bad input with a typed error, never a 500`, async () => {
      const p = admitted(path)
      if (p === null) return // nobody reaches it: nothing to feed
      const answers: string[] = []
      for (const input of HOSTILE) {
        const token = MATRIX[path]!.freshSession ? await tokenFor(p) : tokens.get(p)!
        const procedure = procedureAt(await h.as(token), path)
        try {
          await procedure(input)
        } catch (e) {
          if (!(e instanceof TRPCError)) throw e
          if (e.code === 'INTERNAL_SERVER_ERROR')
            answers.push(`${JSON.stringify(input)?.slice(0, 80)} → ${e.message} (${String(e.cause)})`)
        }
      }
      expect(answers, `${path} as ${p}`).toEqual([])
    })
  }
})
