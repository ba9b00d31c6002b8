import { randomUUID } from 'node:crypto'
import { testDatabases } from '@asq/db/testing'
import type { DISCIPLINES } from '@asq/domain'
import { emptyScorecardTotals, scorecardFromTotals, supplierScorecard } from '@asq/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ISSUER } from '../../reports/pdf'
import { createHarness, type Harness } from '../../testing/harness'
import { pdfText } from '../../testing/statement-readback'
import { FULL_8D } from './eightd.fixtures.test-data'
import { EIGHTD_SIGNATURES } from './eightd.pdf'
import { runEightdEscalationSweep } from './eightd.sweep'

const H = 3_600_000
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4])
const SECRET = '内部备注：供应商历史不良多 INTERNAL-ONLY'

describe.each(testDatabases())('8D claims end to end on $name', (target) => {
  let h: Harness
  let hq: Awaited<ReturnType<Harness['as']>>
  let lamp: Awaited<ReturnType<Harness['as']>>
  let lampToken: string
  let motor: Awaited<ReturnType<Harness['as']>>
  let claimId: string
  let complaintId: string

  const step = async (s: (typeof DISCIPLINES)[number]) =>
    (await lamp.eightd.supplier.get({ claimId })).steps.find((x) => x.step === s)!
  async function fill(s: (typeof DISCIPLINES)[number], content = FULL_8D[s]) {
    const saved = await lamp.eightd.supplier.saveDraft({
      claimId,
      step: s,
      content,
      version: (await step(s)).version,
    })
    return lamp.eightd.supplier.submit({ claimId, step: s, version: saved.version })
  }
  const approve = async (s: (typeof DISCIPLINES)[number], comment = '') =>
    hq.eightd.hq.review({
      claimId,
      step: s,
      decision: 'approved',
      comment,
      internalNote: '',
      version: (await step(s)).version,
    })

  beforeAll(async () => {
    h = await createHarness(target, new Date('2026-11-23T01:00:00Z'))
    hq = await h.as(await h.staffToken('quality'))
    lampToken = await h.staffToken('lamp.supplier')
    lamp = await h.as(lampToken)
    motor = await h.as(await h.staffToken('motor.supplier'))
    const customer = (await h.repos.customers.byContact({ type: 'phone', value: '13800000002' }))!
    complaintId = (
      await h.repos.complaints.list({
        customerId: customer.id,
        now: h.now(),
        limit: 1,
        offset: 0,
        order: 'newest',
      })
    ).items[0]!.id
  })
  afterAll(() => h.close())

  it('HQ opens a claim from a complaint once, with deadlines counted from the opening', async () => {
    const supplierId = (await h.repos.organisations.list({ kind: 'supplier' })).find(
      (o) => o.code === 'S-LAMP',
    )!.id
    const form = {
      supplierId,
      title: '前大灯闪烁 Headlamp flicker',
      partCode: 'HL-X7-L',
      partName: '左前大灯',
      lot: 'HL-2509-B',
      quantityAffected: 37,
      foundAt: 'customer_complaint' as const,
      severity: 'major' as const,
      complaintIds: [complaintId],
      clientRequestId: randomUUID(),
    }
    const first = await hq.eightd.hq.open(form)
    const again = await hq.eightd.hq.open(form)
    expect(again.id).toBe(first.id)
    expect(first.number).toMatch(/^8D-2026-\d{5}$/)
    claimId = first.id
    const mails = await h.repos.outbox.list({
      recipient: 'quality@s-lamp.supplier.local',
      limit: 5,
      offset: 0,
    })
    expect(mails.items.filter((m) => m.subject.includes(first.number))).toHaveLength(1)
    const view = await hq.eightd.hq.get({ claimId })
    expect(view.complaintIds).toEqual([complaintId])
    const due = (s: string) =>
      view.steps.find((x) => x.step === s)!.deadlineAt.getTime() - view.openedAt.getTime()
    expect([due('D3'), due('D4'), due('D5'), due('D8')]).toEqual([
      24 * H,
      7 * 24 * H,
      10 * 24 * H,
      60 * 24 * H,
    ])
    await expect(
      hq.eightd.hq.open({ ...form, clientRequestId: randomUUID(), complaintIds: [randomUUID()] }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    })
  })

  it("a supplier sees only its own claims: another supplier's is NOT_FOUND everywhere", async () => {
    const inbox = await lamp.eightd.supplier.inbox({})
    expect(inbox.items.map((c) => c.id)).toContain(claimId)
    const dues = inbox.items.filter((c) => c.nextDueAt).map((c) => c.nextDueAt!.getTime())
    expect(dues).toEqual([...dues].sort((a, b) => a - b))
    expect((await motor.eightd.supplier.inbox({})).items.map((c) => c.id)).not.toContain(claimId)
    await expect(motor.eightd.supplier.get({ claimId })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(motor.eightd.supplier.exportPdf({ claimId })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(
      motor.eightd.supplier.saveDraft({ claimId, step: 'D0', content: FULL_8D.D0, version: 1 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('refuses a step submitted out of order, naming what must be approved first', async () => {
    await lamp.eightd.supplier.saveDraft({
      claimId,
      step: 'D3',
      content: FULL_8D.D3,
      version: (await step('D3')).version,
    })
    await expect(
      lamp.eightd.supplier.submit({ claimId, step: 'D3', version: (await step('D3')).version }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'D3 can be submitted only after D2 is approved',
    })
    expect((await step('D0')).canSubmit).toBe(true)
    expect((await step('D3')).canSubmit).toBe(false)
  })

  it('refuses an incomplete step with the field it lacks', async () => {
    const saved = await lamp.eightd.supplier.saveDraft({
      claimId,
      step: 'D0',
      content: { members: [] },
      version: (await step('D0')).version,
    })
    await expect(
      lamp.eightd.supplier.submit({ claimId, step: 'D0', version: saved.version }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { code: 'EIGHTD.STEP_INCOMPLETE', field: 'content.members' },
    })
  })

  it('D0–D3 in order; HQ rejects D3 with a comment and an internal note; the supplier fixes it', async () => {
    for (const s of ['D0', 'D1', 'D2'] as const) {
      await fill(s)
      await approve(s)
    }
    await lamp.eightd.supplier.upload({
      claimId,
      step: 'D3',
      uploadId: await h.upload(lampToken, PNG, 'sorting.png'),
    })
    await fill('D3', { ...FULL_8D.D3, firstSuspectedCause: '未知' })
    await hq.eightd.hq.review({
      claimId,
      step: 'D3',
      decision: 'rejected',
      comment: '请补充隔离数量的来源',
      internalNote: SECRET,
      version: (await step('D3')).version,
    })
    expect((await step('D3')).status).toBe('rejected')
    // Each submission told HQ quality a step waits for review (D0–D3: four).
    const toReview = await h.repos.outbox.list({ recipient: 'quality@hq.local', limit: 20, offset: 0 })
    expect(
      toReview.items.filter((m) => m.subject.includes('待审核')).map((m) => m.subject.split(' ')[2]),
    ).toEqual(['D3', 'D2', 'D1', 'D0'])
    const told = await h.repos.outbox.list({
      recipient: 'quality@s-lamp.supplier.local',
      limit: 1,
      offset: 0,
    })
    expect(told.items[0]!.body).toContain('请补充隔离数量的来源')
    expect(told.items[0]!.body).not.toContain('INTERNAL-ONLY')
    await fill('D3')
    expect((await step('D3')).status).toBe('resubmitted')
    const cmp = await hq.eightd.hq.compare({ claimId, step: 'D3' })
    expect(cmp.previous!.content.firstSuspectedCause).toBe('未知')
    expect(cmp.current!.content.firstSuspectedCause).toBe('虚焊')
    expect(cmp.previousReview!.internalNote).toBe(SECRET)
    await approve('D3')
  })

  it("never sends reviewers' internal notes to the supplier", async () => {
    const view = await lamp.eightd.supplier.get({ claimId })
    expect(JSON.stringify(view)).not.toContain('INTERNAL-ONLY')
    expect(view.comments.map((c) => c.comment)).toContain('请补充隔离数量的来源')
    expect(JSON.stringify(await lamp.eightd.supplier.inbox({}))).not.toContain('INTERNAL-ONLY')
    expect(JSON.stringify(await hq.eightd.hq.get({ claimId }))).toContain('INTERNAL-ONLY')
  })

  it('refuses edits, new evidence and resubmission of an approved step', async () => {
    const d3 = await step('D3')
    await expect(
      lamp.eightd.supplier.saveDraft({ claimId, step: 'D3', content: FULL_8D.D3, version: d3.version }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'D3 is approved and can no longer be changed' })
    await expect(
      lamp.eightd.supplier.submit({ claimId, step: 'D3', version: d3.version }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(
      lamp.eightd.supplier.upload({
        claimId,
        step: 'D3',
        uploadId: await h.upload(lampToken, PNG, 'late.png'),
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
  })

  it('continues to D8; the claim closes when D8 is approved and the PDF carries every discipline', async () => {
    for (const s of ['D4', 'D5', 'D6', 'D7', 'D8'] as const) {
      await fill(s)
      expect((await hq.eightd.hq.get({ claimId })).status).toBe('open')
      await approve(s)
    }
    const view = await hq.eightd.hq.get({ claimId })
    expect(view.status).toBe('closed')
    expect(view.nextDueAt).toBeNull()
    const pdf = await lamp.eightd.supplier.exportPdf({ claimId })
    const bytes = Buffer.from(pdf.base64, 'base64')
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.filename).toBe(`${view.number}.pdf`)
    // Issue 12, defect 10: the issuer's letterhead on top, the signatures and stamp at the end.
    const text = pdfText(bytes)
    expect(text.indexOf(ISSUER.name)).toBeGreaterThanOrEqual(0)
    expect(text).toContain(ISSUER.address)
    expect(text.indexOf(ISSUER.name)).toBeLessThan(text.indexOf('8D 报告'))
    for (const s of EIGHTD_SIGNATURES) expect(text.lastIndexOf(s)).toBeGreaterThan(text.indexOf('D8 '))
    expect(text.match(/签字 Signature/g)).toHaveLength(3)
  })

  it('cost recovery: computed, disputed with a reason, revised within the cost, accepted and posted once', async () => {
    const recoveredBefore = (await lamp.eightd.supplier.scorecard()).recoveredFen
    await expect(lamp.eightd.supplier.acceptRecovery({ claimId, version: 1 })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    const r = await hq.eightd.hq.computeRecovery({
      claimId,
      lines: [
        { kind: 'parts', description: '大灯总成', amountFen: 120_000, complaintId },
        { kind: 'labour', description: '工时', amountFen: 30_000 },
        { kind: 'logistics', description: '物流', amountFen: 5_000 },
      ],
    })
    expect(r).toMatchObject({
      costFen: 155_000,
      handlingFeeFen: 20_000,
      computedFen: 175_000,
      amountFen: 175_000,
      status: 'proposed',
    })
    await expect(
      lamp.eightd.supplier.disputeRecovery({ claimId, reason: '  ', version: r.version }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { code: 'EIGHTD.DISPUTE_REASON_REQUIRED', field: 'reason' },
    })
    const disputed = await lamp.eightd.supplier.disputeRecovery({
      claimId,
      reason: '物流费应由承运商承担',
      version: r.version,
    })
    expect(disputed.status).toBe('disputed')
    await expect(
      hq.eightd.hq.reviseRecovery({ claimId, amountFen: 175_001, note: '', version: disputed.version }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { code: 'EIGHTD.AMOUNT_ABOVE_COST' } })
    await expect(
      hq.eightd.hq.reviseRecovery({ claimId, amountFen: -1, note: '', version: disputed.version }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { code: 'EIGHTD.AMOUNT_NEGATIVE' } })
    const revised = await hq.eightd.hq.reviseRecovery({
      claimId,
      amountFen: 170_000,
      note: '扣除物流费',
      version: disputed.version,
    })
    expect(revised).toMatchObject({ amountFen: 170_000, status: 'proposed' })
    const accepted = await lamp.eightd.supplier.acceptRecovery({ claimId, version: revised.version })
    expect(accepted).toMatchObject({ status: 'accepted', amountFen: 170_000 })
    await expect(
      lamp.eightd.supplier.acceptRecovery({ claimId, version: accepted.version }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(
      hq.eightd.hq.reviseRecovery({ claimId, amountFen: 1, note: '', version: accepted.version }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    const supplierId = (await hq.eightd.hq.get({ claimId })).supplierId
    const ledger = (await h.repos.eightd.ledger.forSupplier(supplierId)).filter((e) => e.claimId === claimId)
    expect(ledger.map((e) => e.amountFen)).toEqual([170_000])
    const card = await lamp.eightd.supplier.scorecard()
    // Exactly the accepted amount is added to what the supplier had already recovered (the seeded claims).
    expect(card.recoveredFen).toBe(recoveredBefore + 170_000)
    expect(card.onTimeStepRate).not.toBeNull()
  })

  it('the sweep escalates each overdue (claim, step, level) once, however often it runs', async () => {
    const supplierId = (await h.repos.organisations.list({ kind: 'supplier' })).find(
      (o) => o.code === 'S-DRIVE',
    )!.id
    const { id } = await hq.eightd.hq.open({
      supplierId,
      title: 'overdue',
      partCode: 'CV',
      partName: 'CV joint',
      lot: 'L',
      quantityAffected: 1,
      foundAt: 'incoming_inspection',
      severity: 'minor',
      clientRequestId: randomUUID(),
    })
    const deps = { uow: h.deps.uow, repos: h.repos }
    const later = new Date(h.now().getTime() + 25 * H)
    await runEightdEscalationSweep(deps, later)
    await runEightdEscalationSweep(deps, later)
    // D0–D3 are due at 24 h: each reached level 1 (supplier contact), once.
    expect((await h.repos.eightd.claims.escalations(id)).map((e) => `${e.step}:${e.level}`)).toEqual([
      'D0:1',
      'D1:1',
      'D2:1',
      'D3:1',
    ])
    const muchLater = new Date(h.now().getTime() + (24 + 97) * H)
    await Promise.all([runEightdEscalationSweep(deps, muchLater), runEightdEscalationSweep(deps, muchLater)])
    const levels = await h.repos.eightd.claims.escalations(id)
    expect(levels.filter((e) => e.step === 'D0').map((e) => e.level)).toEqual([1, 2, 3])
    expect(levels).toHaveLength(12)
    expect((await hq.eightd.hq.get({ claimId: id })).escalationLevel).toBe(3)
    h.setNow(muchLater)
    const board = await hq.eightd.hq.overdueBoard({})
    expect(board.items.find((c) => c.id === id)?.overdueSteps.map((s) => s.step)).toEqual([
      'D0',
      'D1',
      'D2',
      'D3',
    ])
  })
  it('the recovery starts from what HQ paid stations under warranty for the part', async () => {
    const supplierId = (await h.repos.organisations.list({ kind: 'supplier' })).find(
      (o) => o.code === 'S-LAMP',
    )!.id
    const opened = await hq.eightd.hq.open({
      supplierId,
      title: '前大灯总成失效 Headlamp assembly failures',
      partCode: 'X7HL001',
      partName: 'LED前大灯总成',
      lot: 'HL-2509-C',
      quantityAffected: 3,
      foundAt: 'warranty_return',
      severity: 'minor',
      complaintIds: [],
      clientRequestId: randomUUID(),
    })
    // The demo's settled month paid 北京朝阳 ¥1,280 for the headlamp and ¥80 of labour (seeded).
    const lines = await hq.eightd.hq.warrantyCosts({ claimId: opened.id })
    const seeded = lines.filter((l) => l.description.includes('-007'))
    expect(seeded.map((l) => [l.kind, l.amountFen])).toEqual([
      ['parts', 128_000],
      ['labour', 8_000],
    ])
    expect(lines.every((l) => l.description.includes('X7HL001'))).toBe(true)
    // A supplier never reaches HQ's cost view.
    await expect(lamp.eightd.hq.warrantyCosts({ claimId: opened.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
  })

  it('the scorecard sums in SQL give exactly the scorecard of the claims, and HQ can ask for one supplier', async () => {
    const suppliers = await h.repos.organisations.list({ kind: 'supplier' })
    const totals = await h.repos.eightd.scorecard.totals(null)
    for (const s of suppliers) {
      const fromClaims = supplierScorecard(await h.repos.eightd.scorecard.facts(s.id))
      expect(scorecardFromTotals(totals.get(s.id) ?? emptyScorecardTotals()), s.code).toEqual(fromClaims)
    }
    const lampId = suppliers.find((o) => o.code === 'S-LAMP')!.id
    const lampCard = supplierScorecard(await h.repos.eightd.scorecard.facts(lampId))
    // The claim of this file went D0–D8 with every step approved (one D3 revision rejected first).
    expect(lampCard.approvedSteps).toBeGreaterThanOrEqual(9)
    const one = await hq.eightd.hq.scorecard({ supplierId: lampId })
    expect(one.map((c) => c.supplierId)).toEqual([lampId])
    expect(one[0]).toMatchObject(lampCard)
    expect(await lamp.eightd.supplier.scorecard()).toEqual(lampCard)
  })
})
