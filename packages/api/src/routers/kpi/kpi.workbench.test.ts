import { sql, testDatabases } from '@asq/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../testing/harness'
import { type Network, network, playComplaint } from '../../testing/kpi-scenario'

type Caller = Awaited<ReturnType<Harness['as']>>

/**
 * The workbench counts move with the work: an overdue case counts for its station and HQ only, an
 * overdue 8D step for its supplier only, a new signal for HQ quality. Scoped by the caller's own org.
 */
describe.each(testDatabases())('workbench counts on $name', (target) => {
  let h: Harness
  let hq: Caller
  let bj: Caller
  let sh: Caller
  let lamp: Caller
  let motor: Caller
  let n: Network

  beforeAll(async () => {
    h = await createHarness(target)
    n = await network(h)
    const as = async (u: string) => h.as(await h.staffToken(u))
    hq = await as('quality')
    bj = await as('bj.manager')
    sh = await as('sh.manager')
    lamp = await as('lamp.supplier')
    motor = await as('motor.supplier')
  })
  afterAll(() => h?.close())

  it('an overdue case counts for its own station and for HQ, not for another station', async () => {
    const [hq0, bj0, sh0] = await Promise.all([
      hq.kpi.workbench(),
      bj.kpi.stationWorkbench(),
      sh.kpi.stationWorkbench(),
    ])
    const id = await playComplaint(h, n, {
      station: n.stationA,
      opened: '2026-03-02 09:00',
      cause: 'fees',
      steps: [],
    })
    const due = new Date(h.now().getTime() - 3_600_000).toISOString()
    await h.db.execute(sql`update complaints set next_due_at = ${due} where id = ${id}`)
    const [hq1, bj1, sh1] = await Promise.all([
      hq.kpi.workbench(),
      bj.kpi.stationWorkbench(),
      sh.kpi.stationWorkbench(),
    ])
    expect(hq1.overdueCases).toBe(hq0.overdueCases + 1)
    expect(bj1.overdueCases).toBe(bj0.overdueCases + 1)
    expect(sh1).toEqual(sh0)
    expect(bj1.claimDeadline).toBeInstanceOf(Date)
  })

  it('an overdue 8D step counts for its supplier only; a new signal for HQ', async () => {
    const [lamp0, motor0, hq0] = await Promise.all([
      lamp.kpi.supplierWorkbench(),
      motor.kpi.supplierWorkbench(),
      hq.kpi.workbench(),
    ])
    const lampId = (await h.repos.organisations.list({ kind: 'supplier' })).find(
      (o) => o.code === 'S-LAMP',
    )!.id
    const past = new Date(h.now().getTime() - 60_000)
    await h.db.execute(
      sql`update eightd_claims set status = 'open', next_due_at = ${past.toISOString()}
        where id = (select id from eightd_claims where supplier_id = ${lampId} limit 1)`,
    )
    await h.repos.kpi.raiseSignal({
      partCode: 'WB-TEST-1',
      month: '2026-11',
      count: 5,
      rate: 2,
      limitRate: 1,
      supplierId: lampId,
      raisedAt: h.now(),
    })
    const [lamp1, motor1, hq1] = await Promise.all([
      lamp.kpi.supplierWorkbench(),
      motor.kpi.supplierWorkbench(),
      hq.kpi.workbench(),
    ])
    expect(lamp1.stepsOverdue).toBeGreaterThanOrEqual(1)
    expect(lamp1.stepsOverdue).toBeGreaterThanOrEqual(lamp0.stepsOverdue)
    expect(lamp1.nextDueAt!.getTime()).toBeLessThanOrEqual(past.getTime())
    expect(motor1).toEqual(motor0)
    expect(hq1.openSignals).toBe(hq0.openSignals + 1)
  })
})
