import { randomUUID } from 'node:crypto'
import { testDatabases } from '@asq/db/testing'
import { IDEMPOTENCY_KEY_FIELDS } from '@asq/domain'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createFixture } from './authz-matrix/principals'
import { reimbursementFixtures } from './authz-matrix/reimbursement.fixtures'
import { appRouter } from './root'
import { createHarness, type Harness } from './testing/harness'
import { idempotency } from './trpc'

type Def = { _def: { type: string; inputs: unknown[]; middlewares: unknown[] } }
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, Def>)

const keyed = (schema: unknown) =>
  schema instanceof z.ZodObject && IDEMPOTENCY_KEY_FIELDS.some((f) => f in schema.shape)

it('binds every mutation that takes a one-time key to the central idempotency middleware', () => {
  const mutations = procedures.filter(([, p]) => p._def.type === 'mutation' && p._def.inputs.some(keyed))
  expect(mutations.length).toBeGreaterThan(5)
  const without = mutations
    .filter(([, p]) => !p._def.middlewares.includes(idempotency._middlewares[0]))
    .map(([path]) => path)
  expect(without).toEqual([])
})

/** The tRPC code, domain code and field of a refusal. */
async function refusal(p: Promise<unknown>) {
  try {
    await p
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e
    const cause = e.cause as { code?: string; field?: string } | undefined
    return { code: e.code, domainCode: cause?.code ?? null, field: cause?.field ?? null }
  }
  throw new Error('expected a refusal')
}
const KEY_REUSED = { code: 'CONFLICT', domainCode: 'IDEMPOTENCY.KEY_REUSED', field: 'idempotencyKey' }

describe.each(testDatabases())('idempotency keys bound to the request on $name', (target) => {
  type Caller = Awaited<ReturnType<Harness['as']>>
  let h: Harness
  let manager: Caller
  let finance: Caller
  let admin: Caller
  let claims: ReturnType<typeof reimbursementFixtures>
  let bj: string
  let sh: string

  beforeAll(async () => {
    h = await createHarness(target, new Date('2026-11-24T02:00:00Z'))
    manager = await h.as(await h.staffToken('bj.manager'))
    finance = await h.as(await h.staffToken('finance'))
    admin = await h.as(await h.staffToken('admin'))
    const fx = createFixture(h)
    claims = reimbursementFixtures(fx)
    bj = await fx.orgId('D-BJ01')
    sh = await fx.orgId('D-SH01')
  })
  afterAll(() => h.close())

  const corrections = async () =>
    (await h.repos.audit.list({ limit: 1000, offset: 0 })).items.filter(
      (e) => e.action === 'reimbursement.correction',
    ).length
  const balance = async (dealerId: string) => h.repos.reimbursement.ledger.balance(dealerId)

  it('dealer.submit: an old key with another claim is a conflict, and the other claim is not left behind silently', async () => {
    h.setNow(new Date('2026-11-24T02:00:00Z'))
    const november = await claims.claim('dealer_manager', 'own')
    h.setNow(new Date('2026-12-03T02:00:00Z'))
    const december = await claims.claim('dealer_manager', 'own')
    expect(december.claimId).not.toBe(november.claimId)
    const key = randomUUID()
    const first = await manager.reimbursement.dealer.submit({ ...november, idempotencyKey: key })
    expect(first.status).toBe('submitted')
    expect(await refusal(manager.reimbursement.dealer.submit({ ...december, idempotencyKey: key }))).toEqual(
      KEY_REUSED,
    )
    // The same request again still gets the first answer.
    expect(await manager.reimbursement.dealer.submit({ ...november, idempotencyKey: key })).toEqual(first)
    expect((await h.repos.reimbursement.claims.byId(december.claimId))!.status).toBe('draft')
    // With a key of its own, the second claim submits.
    const second = await manager.reimbursement.dealer.submit({ ...december, idempotencyKey: randomUUID() })
    expect(second.status).toBe('submitted')
  })

  it('hq.postCorrection: an old key with another amount or dealer is a conflict and posts nothing', async () => {
    const key = randomUUID()
    const body = { dealerId: bj, amountFen: -500, memo: '运费更正 freight', idempotencyKey: key }
    const [bjBefore, shBefore, count] = [await balance(bj), await balance(sh), await corrections()]
    const first = await finance.reimbursement.hq.postCorrection(body)
    expect(first.balanceFen).toBe(bjBefore - 500)
    expect(await refusal(finance.reimbursement.hq.postCorrection({ ...body, amountFen: -700 }))).toEqual(
      KEY_REUSED,
    )
    expect(await refusal(finance.reimbursement.hq.postCorrection({ ...body, dealerId: sh }))).toEqual(
      KEY_REUSED,
    )
    expect(await refusal(finance.reimbursement.hq.postCorrection({ ...body, memo: 'other' }))).toEqual(
      KEY_REUSED,
    )
    expect([await balance(bj), await balance(sh), await corrections()]).toEqual([
      bjBefore - 500,
      shBefore,
      count + 1,
    ])
  })

  it('the same key and body 10 times: one effect, the same answer each time', async () => {
    const body = { dealerId: sh, amountFen: 1234, memo: '十次 ten times', idempotencyKey: randomUUID() }
    const [before, count] = [await balance(sh), await corrections()]
    const answers = []
    for (let i = 0; i < 10; i++) {
      answers.push(await finance.reimbursement.hq.postCorrection(body))
      // Another posting in between changes the balance; a replay still answers what the first call did.
      if (i === 4)
        await finance.reimbursement.hq.postCorrection({ ...body, amountFen: 1, idempotencyKey: randomUUID() })
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1)
    expect(answers[0]!.balanceFen).toBe(before + 1234)
    expect([await balance(sh), await corrections()]).toEqual([before + 1235, count + 2])
  })

  it('10 parallel calls with one key: one effect, one answer', async () => {
    const body = { dealerId: bj, amountFen: 777, memo: '并发 parallel', idempotencyKey: randomUUID() }
    const [before, count] = [await balance(bj), await corrections()]
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => finance.reimbursement.hq.postCorrection(body)),
    )
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1)
    expect([await balance(bj), await corrections()]).toEqual([before + 777, count + 1])

    // And a claim submitted by 10 parallel clicks with one key: one submission, one answer.
    h.setNow(new Date('2026-12-03T03:00:00Z'))
    const claim = await claims.claim('dealer_manager', 'own')
    const key = randomUUID()
    const submits = await Promise.all(
      Array.from({ length: 10 }, () =>
        manager.reimbursement.dealer.submit({ ...claim, idempotencyKey: key }),
      ),
    )
    expect(new Set(submits.map((s) => JSON.stringify(s))).size).toBe(1)
    const audit = await h.repos.audit.list({ entityId: claim.claimId, limit: 100, offset: 0 })
    const since = audit.items.filter(
      (e) => e.action === 'reimbursement.submit' && e.at >= new Date('2026-12-03T03:00:00Z'),
    )
    expect(since).toHaveLength(1)
  })

  it('scopes a key by actor and operation: the same key elsewhere is a key of its own', async () => {
    const key = randomUUID()
    await finance.reimbursement.hq.postCorrection({
      dealerId: bj,
      amountFen: 1,
      memo: 'scope',
      idempotencyKey: key,
    })
    // Another operation with the same key runs (the complaint is filed, not refused as a reused key).
    const filed = await admin.complaint.desk.intake({
      clientRequestId: key,
      channel: 'phone',
      cause: 'fees',
      stationId: bj,
      customerName: '范围 Scope',
      customerContact: '13899990077',
      summary: 'scope',
      description: 'scope',
    })
    expect(filed.number).toMatch(/^CP-/)
  })

  it('releases the key when the call fails, so a corrected retry runs', async () => {
    const key = randomUUID()
    const bad = { dealerId: randomUUID(), amountFen: 5, memo: 'retry', idempotencyKey: key }
    expect((await refusal(finance.reimbursement.hq.postCorrection(bad))).code).toBe('NOT_FOUND')
    expect((await refusal(finance.reimbursement.hq.postCorrection(bad))).code).toBe('NOT_FOUND')
    const before = await balance(bj)
    expect((await finance.reimbursement.hq.postCorrection({ ...bad, dealerId: bj })).balanceFen).toBe(
      before + 5,
    )
  })
})
