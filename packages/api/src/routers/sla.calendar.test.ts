import { randomUUID } from 'node:crypto'
import { testDatabases } from '@asq/db/testing'
import { SHIPPED_NOTICES } from '@asq/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../testing/harness'

const bj = (s: string) => new Date(`${s}+08:00`)
const day = [
  { from: 8 * 60 + 30, to: 12 * 60 },
  { from: 13 * 60 + 30, to: 18 * 60 },
]

describe.each(testDatabases())('station calendars and the State Council notice on $name', (target) => {
  let h: Harness
  let admin: Awaited<ReturnType<Harness['as']>>
  let desk: Awaited<ReturnType<Harness['as']>>
  let customer: Awaited<ReturnType<Harness['as']>>
  const station = async (code: string) =>
    (await h.repos.organisations.list({ kind: 'dealer' })).find((o) => o.code === code)!.id
  const file = async (stationId: string) => {
    const { vehicles } = await customer.complaint.my.formOptions()
    return customer.complaint.my.file({
      clientRequestId: randomUUID(),
      cause: 'waiting_time' as const,
      stationId,
      vehicleId: vehicles[0]!.id,
      summary: '等待时间过长 Waited too long',
      description: '预约后等待两小时。Waited two hours after booking.',
    })
  }
  const H = 3_600_000
  /** How long after the opening a clock falls due (the harness clock ticks while the test runs). */
  const due = async (id: string, clock: string) => {
    const v = await desk.complaint.desk.get({ id })
    return (v.clocks.find((c) => c.clock === clock)!.dueAt.getTime() - v.complaint.openedAt.getTime()) / H
  }

  beforeAll(async () => {
    // Thursday 2026-02-12, 10:00 in Beijing: the Spring Festival holiday starts on Sunday the 15th.
    h = await createHarness(target, bj('2026-02-12T10:00'))
    admin = await h.as(await h.staffToken('admin'))
    desk = await h.as(await h.staffToken('service'))
    customer = await h.as(await h.customerToken('13800000002'))
    const { settings, version } = await admin.sla.policy()
    await admin.sla.updatePolicy({
      settings: { ...settings, response: { amount: 8, unit: 'working_hours' } },
      baseVersion: version,
    })
  })
  afterAll(() => h.close())

  it("a station's opening hours change that station's clocks only", async () => {
    const bjId = await station('D-BJ01')
    const shId = await station('D-SH01')
    await admin.sla.setOpeningHours({ orgId: bjId, hours: Array(7).fill(day), closures: [], baseVersion: 0 })
    const atBj = await file(bjId)
    const atSh = await file(shId)
    // Beijing: opened just after 10:00; to 12:00 and 13:30–18:00 (6.5 h), then Friday from 08:30:
    // due on Friday at the same time of day
    expect(await due(atBj.id, 'response')).toBe(24)
    // Shanghai has no hours of its own: HQ's calendar, whole working dates
    expect(await due(atSh.id, 'response')).toBe(8)
    expect((await admin.sla.openingHours({ orgId: bjId }))?.hours[1]).toEqual(day)
    expect(await admin.sla.openingHours({ orgId: shId })).toBeNull()
  })

  it('loading the shipped 2026 notice moves a working-day deadline across the Spring Festival', async () => {
    const c = await file(await station('D-SH01'))
    expect(await due(c.id, 'station_completion')).toBe(7 * 24) // Thursday to Thursday
    const loaded = await admin.sla.importNotice(SHIPPED_NOTICES[2026]!)
    expect(loaded).toMatchObject({ year: 2026, holidays: 33 })
    expect((await admin.sla.calendarYear({ year: 2026 })).filter((d) => d.kind === 'workday')).toHaveLength(6)
    // Thu 12, Fri 13, Sat 14 (调休上班), the holiday 15–23, Tue 24, Wed 25, Thu 26: two weeks
    expect(await due(c.id, 'station_completion')).toBe(14 * 24)
    // The same notice again, or the year read back and loaded as a year: recognised, nothing written.
    const audits = async () => (await h.repos.audit.list({ limit: 1, offset: 0 })).total
    const before = await audits()
    expect(await admin.sla.importNotice(SHIPPED_NOTICES[2026]!)).toMatchObject({
      unchanged: true,
      holidays: 33,
    })
    const year = await admin.sla.calendarYear({ year: 2026 })
    const days = [...year].reverse().map(({ date, kind, name }) => ({ date, kind, name }))
    expect(await admin.sla.importYear({ year: 2026, days })).toMatchObject({ unchanged: true })
    expect(await audits()).toBe(before)
    // One day renamed is a change: written and audited.
    const renamed = days.map((d, i) => (i === 0 ? { ...d, name: `${d.name}（改）` } : d))
    expect(await admin.sla.importYear({ year: 2026, days: renamed })).toMatchObject({ unchanged: false })
    expect(await audits()).toBe(before + 1)
    await admin.sla.importNotice(SHIPPED_NOTICES[2026]!)
  })

  it('warns of years without a calendar, and shows a station its own hours read-only', async () => {
    const coverage = await admin.sla.calendarCoverage()
    expect(coverage.loadedYears).toContain(2026)
    expect(coverage.missingYears).not.toContain(2026)
    const c = await file(await station('D-SH01'))
    expect((await desk.complaint.desk.get({ id: c.id })).calendarMissingYears).toEqual([])
    const own = await (await h.as(await h.staffToken('bj.staff'))).sla.ownOpeningHours()
    expect(own.own?.hours[1]).toEqual(day)
    const other = await (await h.as(await h.staffToken('sh.manager'))).sla.ownOpeningHours()
    expect(other.own).toBeNull()
    // At the end of December the 15-day clock of a major complaint runs into 2027, not loaded yet.
    const back = h.now()
    h.setNow(bj('2026-12-28T10:00'))
    expect((await admin.sla.calendarCoverage()).missingYears).toEqual([2027])
    h.setNow(back)
  })

  it('refuses a notice whose make-up day is a weekday, naming the field, and a stale hours edit', async () => {
    await expect(
      admin.sla.importNotice({
        year: 2026,
        holidays: [{ name: 'x', from: '2026-10-01', to: '2026-10-07', makeupWorkdays: ['2026-10-09'] }],
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    await expect(
      admin.sla.setOpeningHours({
        orgId: await station('D-BJ01'),
        hours: Array(7).fill(day),
        closures: [],
        baseVersion: 0,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
  })
})
