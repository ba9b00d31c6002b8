import { randomUUID } from 'node:crypto'
import { testDatabases } from '@asq/db/testing'
import { shiftPeriod } from '@asq/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../../testing/harness'
import { runEarlyWarning } from '../../kpi/kpi.warning'

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7, 7])
const LI_NA_VIN = 'LHX7B2345N0000002'
const OTHER_VIN = 'LHX7D4567N0000004'
type Caller = Awaited<ReturnType<Harness['as']>>

describe.each(testDatabases())('quality liaison letters on $name', (target) => {
  let h: Harness
  let bj: Caller
  let bjToken: string
  let sh: Caller
  let quality: Caller
  let letterId: string
  let letterNumber: string

  const report = (over: Record<string, unknown> = {}) => ({
    partCode: 'x7hl001',
    vins: [LI_NA_VIN.toLowerCase(), OTHER_VIN],
    symptoms: '  LED 大灯内部起雾，雨后尤甚 Headlamp fogs inside after rain ',
    vehiclesAffected: 5,
    firstSeenOn: '2026-11-20',
    clientRequestId: randomUUID(),
    ...over,
  })
  const hqLetter = () => quality.improvement.liaison.hq.get({ letterId })

  beforeAll(async () => {
    h = await createHarness(target)
    bjToken = await h.staffToken('bj.staff')
    bj = await h.as(bjToken)
    sh = await h.as(await h.staffToken('sh.manager'))
    quality = await h.as(await h.staffToken('quality'))
  })
  afterAll(() => h.close())

  it('a station sends a letter with a photo; a retry answers the same letter', async () => {
    const input = report({ photoUploadIds: [await h.upload(bjToken, PNG, 'fog.png')] })
    const sent = await bj.improvement.liaison.station.submit(input)
    expect(sent).toMatchObject({ created: true, number: expect.stringMatching(/^QL-2026-\d{6}$/) })
    expect(await bj.improvement.liaison.station.submit(input)).toEqual(sent)
    letterId = sent.id
    letterNumber = sent.number
    const mine = await bj.improvement.liaison.station.get({ letterId })
    expect(mine).toMatchObject({
      partCode: 'X7HL001',
      partName: 'LED前大灯总成',
      vins: [LI_NA_VIN, OTHER_VIN],
      symptoms: 'LED 大灯内部起雾，雨后尤甚 Headlamp fogs inside after rain',
      state: 'submitted',
      answer: null,
      eightdNumber: null,
    })
    expect(mine.photos).toEqual([expect.objectContaining({ filename: 'fog.png', mime: 'image/png' })])
    const photo = await bj.improvement.liaison.station.photo({ photoId: mine.photos[0]!.id })
    expect(photo.dataUrl.startsWith('data:image/png;base64,')).toBe(true)
    const list = await bj.improvement.liaison.station.mine({})
    expect(list.items.map((l) => l.id)).toContain(letterId)
  })

  it.each([
    ['fewer vehicles than VINs', { vehiclesAffected: 1 }, 'LIAISON.TOO_FEW_VEHICLES', 'vehiclesAffected'],
    ['first seen tomorrow', { firstSeenOn: '2026-11-25' }, 'LIAISON.FIRST_SEEN_IN_FUTURE', 'firstSeenOn'],
    ['a part not in the catalogue', { partCode: 'NO-SUCH-PART' }, 'LIAISON.UNKNOWN_PART', 'partCode'],
    ['a VIN twice', { vins: [LI_NA_VIN, LI_NA_VIN] }, 'LIAISON.DUPLICATE_VIN', 'vins.1'],
  ])('refuses %s on its field', async (_n, over, code, field) => {
    await expect(bj.improvement.liaison.station.submit(report(over))).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { code, field },
    })
  })

  it('another station does not see the letter; HQ does, in its inbox by state, part, station, number and VIN', async () => {
    await expect(sh.improvement.liaison.station.get({ letterId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    expect((await sh.improvement.liaison.station.mine({})).items.map((l) => l.id)).not.toContain(letterId)
    const bjId = (await h.repos.organisations.list({ kind: 'dealer' })).find((d) => d.code === 'D-BJ01')!.id
    const shId = (await h.repos.organisations.list({ kind: 'dealer' })).find((d) => d.code === 'D-SH01')!.id
    const ids = async (f: Record<string, unknown>) =>
      (await quality.improvement.liaison.hq.inbox(f)).items.map((l) => l.id)
    expect(await ids({ state: 'submitted', partCode: 'X7HL001', stationId: bjId })).toContain(letterId)
    expect(await ids({ state: 'answered' })).not.toContain(letterId)
    expect(await ids({ partCode: 'H5WM001' })).not.toContain(letterId)
    expect(await ids({ stationId: shId })).not.toContain(letterId)
    expect(await ids({ q: letterNumber.slice(-6) })).toContain(letterId)
    expect(await ids({ q: OTHER_VIN.toLowerCase() })).toContain(letterId)
    expect(await ids({ q: OTHER_VIN.slice(5, 12) })).toContain(letterId)
    const row = (await quality.improvement.liaison.hq.inbox({ q: letterNumber })).items[0]!
    expect(row.stationName?.zh).toContain('北京')
  })

  it('HQ answers; a stale version is a conflict; the station is notified and reads the answer', async () => {
    const v = (await hqLetter()).version
    const answered = await quality.improvement.liaison.hq.answer({
      letterId,
      answer: '已确认为密封圈批次问题，请暂停更换同批次总成。',
      version: v,
    })
    expect(answered.state).toBe('answered')
    await expect(
      quality.improvement.liaison.hq.answer({ letterId, answer: 'again', version: v }),
    ).rejects.toMatchObject({ code: 'CONFLICT', cause: { code: 'LIAISON.STALE' } })
    const manager = await h.as(await h.staffToken('bj.manager'))
    const { items } = await manager.notification.list({})
    expect(items[0]).toMatchObject({
      event: 'liaison_answered',
      link: `/liaison/${letterId}`,
      payload: { ref: letterNumber },
    })
    const shManager = await h.as(await h.staffToken('sh.manager'))
    expect((await shManager.notification.list({})).items.map((n) => n.event)).not.toContain(
      'liaison_answered',
    )
    expect((await bj.improvement.liaison.station.get({ letterId })).answer).toContain('密封圈')
  })

  it("candidates are the part's claim lines and the complaints on their vehicles; HQ links and unlinks them", async () => {
    const c = await quality.improvement.liaison.hq.candidates({ letterId })
    expect(c.claimLines.length).toBeGreaterThan(0)
    expect(c.claimLines.every((l) => l.vin.length === 17)).toBe(true)
    const complaint = c.complaints.find((x) => x.vin === LI_NA_VIN)!
    expect(complaint).toMatchObject({ linked: false, onLetterVin: true })
    const line = c.claimLines[0]!
    let v = (await hqLetter()).version
    v = (
      await quality.improvement.liaison.hq.link({
        letterId,
        kind: 'complaint',
        targetId: complaint.id,
        version: v,
      })
    ).version
    v = (
      await quality.improvement.liaison.hq.link({
        letterId,
        kind: 'claim_line',
        targetId: line.id,
        version: v,
      })
    ).version
    const page = await hqLetter()
    expect(page.links.map((k) => [k.kind, k.ref])).toEqual([
      ['complaint', complaint.number],
      ['claim_line', line.repairOrderNo],
    ])
    // A claim line of another part is refused on its field.
    const wiper = (await h.repos.improvement.liaison.candidates('H5WM001', [], 1)).claimLines[0]!
    await expect(
      quality.improvement.liaison.hq.link({ letterId, kind: 'claim_line', targetId: wiper.id, version: v }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { code: 'LIAISON.PART_MISMATCH', field: 'targetId' },
    })
    await expect(
      quality.improvement.liaison.hq.link({
        letterId,
        kind: 'complaint',
        targetId: randomUUID(),
        version: v,
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { code: 'LIAISON.TARGET_MISSING', field: 'targetId' },
    })
    const dropped = await quality.improvement.liaison.hq.unlink({
      letterId,
      kind: 'claim_line',
      targetId: line.id,
      version: v,
    })
    expect(dropped.changed).toBe(true)
    await quality.improvement.liaison.hq.link({
      letterId,
      kind: 'claim_line',
      targetId: line.id,
      version: dropped.version,
    })
    expect(
      (await quality.improvement.liaison.hq.candidates({ letterId })).complaints.find(
        (x) => x.id === complaint.id,
      )?.linked,
    ).toBe(true)
  })

  it('closing needs an answer', async () => {
    const fresh = await bj.improvement.liaison.station.submit(report())
    const l = await quality.improvement.liaison.hq.get({ letterId: fresh.id })
    await expect(
      quality.improvement.liaison.hq.close({ letterId: fresh.id, version: l.version }),
    ).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      cause: { code: 'LIAISON.ANSWER_REQUIRED', field: 'answer' },
    })
    const a = await quality.improvement.liaison.hq.answer({
      letterId: fresh.id,
      answer: '非质量问题，已关闭',
      version: l.version,
    })
    expect(
      await quality.improvement.liaison.hq.close({ letterId: fresh.id, version: a.version }),
    ).toMatchObject({ state: 'closed' })
    const closed = await quality.improvement.liaison.hq.get({ letterId: fresh.id })
    expect(closed.can).toEqual({ answer: false, close: false, escalate: false, link: false })
  })

  it('HQ opens an 8D for the supplier from the letter, once; the station sees it was escalated', async () => {
    const lamp = (await h.repos.organisations.list({ kind: 'supplier' })).find((s) => s.code === 'S-LAMP')!
    const c = await quality.improvement.liaison.hq.candidates({ letterId })
    expect(c.suggestedSupplierId).toBe(lamp.id)
    const before = await hqLetter()
    const opened = await quality.improvement.liaison.hq.openEightd({
      letterId,
      supplierId: lamp.id,
      version: before.version,
      clientRequestId: randomUUID(),
    })
    expect(opened).toMatchObject({ created: true, number: expect.stringMatching(/^8D-/) })
    // Again, from a stale page with another form id: the same 8D.
    const again = await quality.improvement.liaison.hq.openEightd({
      letterId,
      supplierId: lamp.id,
      version: before.version,
      clientRequestId: randomUUID(),
    })
    expect(again).toMatchObject({ id: opened.id, number: opened.number, created: false })
    const claim = await quality.eightd.hq.get({ claimId: opened.id })
    expect(claim).toMatchObject({
      supplierId: lamp.id,
      partCode: 'X7HL001',
      foundAt: 'station_report',
      quantityAffected: 5,
    })
    expect(claim.description).toContain('LED 大灯内部起雾')
    const after = await hqLetter()
    expect(after).toMatchObject({
      state: 'escalated_to_8d',
      eightdClaimId: opened.id,
      eightdNumber: opened.number,
    })
    expect((await bj.improvement.liaison.station.get({ letterId })).eightdNumber).toBe(opened.number)
    const lampUser = await h.as(await h.staffToken('lamp.supplier'))
    expect((await lampUser.eightd.supplier.get({ claimId: opened.id })).number).toBe(opened.number)
  })

  it('letters count in the early-warning signal for their part: a burst raises it, one letter does not', async () => {
    const x7 = (await h.repos.kpi.productLines()).find((l) => l.code === 'X7')!
    // Twelve quiet months of history and the current one, 1 000 X7 vehicles in service each.
    for (let i = -12; i <= 0; i++)
      await h.repos.kpi.setUnits(
        { month: shiftPeriod('2026-11', i), productLineId: x7.id, units: 1000 },
        'test',
        h.now(),
      )
    const signalFor = async () =>
      (await h.repos.kpi.signals('2026-11')).find((s) => s.partCode === 'X7WP001' && s.month === '2026-11')
    const send = () =>
      bj.improvement.liaison.station.submit(
        report({ partCode: 'X7WP001', vins: [OTHER_VIN], firstSeenOn: '2026-11-10' }),
      )
    await send()
    await runEarlyWarning(h.deps)
    expect(await signalFor()).toBeUndefined()
    for (let i = 0; i < 3; i++) await send()
    await runEarlyWarning(h.deps)
    expect(await signalFor()).toMatchObject({ count: 4 })
  })
})
