import { randomUUID } from 'node:crypto'
import { testDatabases } from '@asq/db/testing'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { complaintFixtures } from '../../authz-matrix/complaint.fixtures'
import { createFixture } from '../../authz-matrix/principals'
import { errorData } from '../../errors'
import { createHarness, type Harness } from '../../testing/harness'

/**
 * Issue 18, notices: HQ quality (郑工) records responsibility for a serious case closed in the month and
 * issues a penalty to 北京朝阳; the general manager (gm) approves; 马站长 sees it, its notification and the
 * scorecard figure; 林站长 (上海浦东) finds nothing. Refusals: the issuer approving, stale versions.
 */
type Caller = Awaited<ReturnType<Harness['as']>>

const refusal = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e
    const d = errorData(e).data as { code?: string; domainCode?: string; field?: string }
    return { code: e.code, data: d }
  }
  return null
}

describe.each(testDatabases())('reward/penalty notices on $name', (target) => {
  let h: Harness
  let quality!: Caller, gm!: Caller, bj!: Caller, sh!: Caller, boss!: Caller
  let bjId = ''
  let caseId = ''
  let fx!: ReturnType<typeof createFixture>

  beforeAll(async () => {
    h = await createHarness(target)
    h.setNow(new Date('2026-11-20T04:00:00Z'))
    ;[quality, gm, bj, sh] = (await Promise.all(
      ['quality', 'gm', 'bj.manager', 'sh.manager'].map(async (u) => h.as(await h.staffToken(u))),
    )) as [Caller, Caller, Caller, Caller]
    fx = createFixture(h)
    bjId = await fx.orgId('D-BJ01')
    caseId = (
      await complaintFixtures(fx).complaint('hq_admin', 'own', {
        status: 'closed',
        severity: 'major',
        closedAt: new Date('2026-11-10T03:00:00Z'),
      })
    ).id
    // An admin who also holds the GM role: still never approves a notice of their own.
    const admin = await h.as(await h.staffToken('admin'))
    const hq = (await h.repos.organisations.list()).find((o) => o.kind === 'hq')!
    await admin.identity.createUser({
      username: 'boss',
      displayName: '老板',
      password: 'boss-password-1',
      orgId: hq.id,
      roles: ['hq_admin', 'hq_general_manager'],
    })
    boss = await h.as(await h.staffToken('boss', 'boss-password-1'))
  }, 300_000)
  afterAll(() => h?.close())

  const penalty = (over: Record<string, unknown> = {}) => ({
    clientRequestId: randomUUID(),
    complaintId: caseId,
    kind: 'penalty' as const,
    amountFen: 50_000,
    reason: '配件到货后未主动联系客户',
    unitOrgId: bjId,
    personName: '何顾问',
    ...over,
  })

  it('lists the month’s serious cases awaiting responsibility, then records it (stale version: CONFLICT)', async () => {
    const before = await quality.improvement.notice.seriousCases({ month: '2026-11' })
    expect(before.find((c) => c.complaintId === caseId)).toMatchObject({ responsibility: null })
    expect(await quality.improvement.notice.seriousCases({ month: '2026-10' })).toEqual([])
    const r = {
      complaintId: caseId,
      unitOrgId: bjId,
      causeCode: 'parts_availability' as const,
      impact: '客户二次投诉',
      baseVersion: 0,
    }
    expect(await quality.improvement.notice.recordResponsibility(r)).toMatchObject({
      version: 1,
      impact: '客户二次投诉',
    })
    expect((await refusal(quality.improvement.notice.recordResponsibility(r)))?.code).toBe('CONFLICT')
    const after = await quality.improvement.notice.seriousCases({ month: '2026-11' })
    expect(after.find((c) => c.complaintId === caseId)?.responsibility).toMatchObject({ unitOrgId: bjId })
  })

  it('refuses a notice on a case that is not serious and closed', async () => {
    const general = await complaintFixtures(fx).complaint('hq_admin', 'own', { status: 'closed' })
    const r = await refusal(quality.improvement.notice.create(penalty({ complaintId: general.id })))
    expect(r).toMatchObject({
      code: 'PRECONDITION_FAILED',
      data: { domainCode: 'IMPROVEMENT.NOT_SERIOUS_CLOSED_CASE' },
    })
  })

  it('issue → submit → GM approves; the station sees it, its manager is told, the scorecard counts it', async () => {
    const input = penalty()
    const created = await quality.improvement.notice.create(input)
    // A retried create (same key) answers the first result and adds nothing.
    expect(await quality.improvement.notice.create(input)).toEqual(created)
    const submitted = await quality.improvement.notice.submit({ id: created.id, version: created.version })
    expect(submitted.state).toBe('submitted')
    expect((await bj.improvement.notice.mine({})).items.map((n) => n.id)).not.toContain(created.id)
    expect((await refusal(bj.improvement.notice.mineGet({ id: created.id })))?.code).toBe('NOT_FOUND')
    expect((await refusal(quality.improvement.notice.approve(submitted)))?.code).toBe('FORBIDDEN')
    // A stale version: CONFLICT, nothing approved.
    expect((await refusal(gm.improvement.notice.approve({ id: created.id, version: 1 })))?.code).toBe(
      'CONFLICT',
    )
    const unread = (await bj.notification.unread()).count
    const approved = await gm.improvement.notice.approve(submitted)
    expect(approved.state).toBe('approved')
    expect(await bj.improvement.notice.mineGet({ id: created.id })).toMatchObject({
      kind: 'penalty',
      amountFen: 50_000,
    })
    expect((await bj.improvement.notice.mine({})).items.map((n) => n.id)).toContain(created.id)
    expect((await bj.notification.unread()).count).toBe(unread + 1)
    expect((await refusal(sh.improvement.notice.mineGet({ id: created.id })))?.code).toBe('NOT_FOUND')
    expect((await sh.improvement.notice.mine({})).items.map((n) => n.id)).not.toContain(created.id)
    const card = await bj.kpi.stationScorecard({
      stationId: bjId,
      period: { from: '2026-11-01', to: '2026-11-30' },
    })
    expect(card.notices).toMatchObject({ count: 1, netFen: -50_000 })
    // The scorecard lists it as the station reads it: no HQ people, no draft fields.
    expect(card.notices.items).toEqual([
      {
        id: created.id,
        kind: 'penalty',
        amountFen: 50_000,
        reason: input.reason,
        personName: input.personName,
        decidedAt: expect.any(Date),
      },
    ])
    const audits = await h.repos.audit.list({ limit: 5, offset: 0 })
    expect(audits.items.map((a) => a.action)).toContain('improvement.notice.approve')
  })

  it('a GM who issued the notice cannot approve it; a rejection sends it back for revision', async () => {
    const created = await boss.improvement.notice.create(penalty({ kind: 'reward', amountFen: 10_000 }))
    const submitted = await boss.improvement.notice.submit({ id: created.id, version: created.version })
    const r = await refusal(boss.improvement.notice.approve(submitted))
    expect(r).toMatchObject({
      code: 'FORBIDDEN',
      data: { domainCode: 'IMPROVEMENT.NOTICE_OWN_APPROVAL', field: 'approver' },
    })
    const rejected = await gm.improvement.notice.reject({ ...submitted, reason: '金额需复核' })
    expect(rejected.state).toBe('rejected')
    const revised = await boss.improvement.notice.update({
      id: created.id,
      version: rejected.version,
      kind: 'reward',
      amountFen: 8_000,
      reason: '主动回访',
      unitOrgId: bjId,
      personName: null,
    })
    const again = await boss.improvement.notice.submit({ id: created.id, version: revised.version })
    expect((await gm.improvement.notice.approve(again)).state).toBe('approved')
    const card = await bj.kpi.stationScorecard({
      stationId: bjId,
      period: { from: '2026-11-01', to: '2026-11-30' },
    })
    expect(card.notices).toMatchObject({ count: 2, netFen: -42_000 })
    // Newest first: the reward approved last heads the list.
    expect(card.notices.items.map((n) => n.kind)).toEqual(['reward', 'penalty'])
  })
})
