import { randomUUID } from 'node:crypto'
import { testDatabases } from '@asq/db/testing'
import { chinaDateTime, ERPNEXT_SLA_FACTS } from '@asq/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../testing/harness'

/** A Beijing wall time as the UTC instant it is (test input only). */
const bj = (s: string) => new Date(`${s}+08:00`)
const f = ERPNEXT_SLA_FACTS
const open = [f.hours]

/**
 * The peer suite's facts (ERPNext's service-level-agreement tests), set and read through the API:
 * support hours 10:00–18:00 Monday to Friday, a holiday (Tuesday 2026-11-24), first response within
 * 4 working hours and resolution within 6, a case opened before, during and after hours. Everything
 * is configured by procedures (opening hours, the calendar day, the policy), the complaints are filed
 * at the desk at the stated Beijing times and the deadlines are read back from the case view.
 */
describe.each(testDatabases())('ERPNext SLA facts through the API on $name', (target) => {
  let h: Harness
  let admin: Awaited<ReturnType<Harness['as']>>
  let deskToken: string
  let stationId: string

  beforeAll(async () => {
    h = await createHarness(target, bj('2026-11-23T07:00'))
    admin = await h.as(await h.staffToken('admin'))
    deskToken = await h.staffToken('service')
    stationId = (await h.repos.organisations.list({ kind: 'dealer' })).find((o) => o.code === 'D-SH01')!.id
    await admin.sla.setOpeningHours({
      orgId: stationId,
      hours: [[], open, open, open, open, open, []],
      closures: [],
      baseVersion: 0,
    })
    await admin.sla.upsertDay({ date: f.holiday, kind: 'holiday', name: 'ERPNext 假日 holiday' })
    const { settings, version } = await admin.sla.policy()
    await admin.sla.updatePolicy({
      settings: {
        ...settings,
        response: { amount: f.responseHours, unit: 'working_hours' },
        resolutionGeneral: { amount: f.resolutionHours, unit: 'working_hours' },
      },
      baseVersion: version,
    })
  })
  afterAll(() => h.close())

  it.each(f.cases)(
    'opened $opened ($at): response due $response, resolution due $resolution',
    async ({ at, response, resolution }) => {
      // The desk files at exactly the stated time (the harness clock otherwise ticks a millisecond per
      // reading, and 6 h from 12:00:00.003 would end after closing and roll to the next morning).
      const tick = h.deps.clock
      h.deps.clock = () => bj(at.replace(' ', 'T'))
      const desk = await h.as(deskToken)
      h.deps.clock = tick
      const { id } = await desk.complaint.desk.intake({
        clientRequestId: randomUUID(),
        channel: 'phone',
        cause: 'waiting_time',
        stationId,
        customerName: '王先生',
        customerContact: '13900000123',
        summary: '等待时间过长 Waited too long',
        description: '预约后等待两小时。Waited two hours after booking.',
      })
      const view = await desk.complaint.desk.get({ id })
      expect(chinaDateTime(view.complaint.openedAt)).toBe(at)
      const due = (clock: string) => chinaDateTime(view.clocks.find((c) => c.clock === clock)!.dueAt)
      expect([due('response'), due('resolution')]).toEqual([response, resolution])
    },
  )
})
