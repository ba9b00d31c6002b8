import { schema } from '@asq/db'
import { testDatabases } from '@asq/db/testing'
import { aggregateDeltas, chinaDateTime, complaintFact } from '@asq/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../testing/harness'
import { cn, type Network, network, playComplaint, playStep } from '../../testing/kpi-scenario'
import { loadSla } from '../complaint/complaint.service'
import { runKpiRefresh } from './kpi.refresh'

type Caller = Awaited<ReturnType<Harness['as']>>
const MARCH = { from: '2026-03-01', to: '2026-03-31' }

describe.each(testDatabases())('KPI dashboard on $name', (target) => {
  let h: Harness
  let admin: Caller
  let n: Network

  beforeAll(async () => {
    h = await createHarness(target)
    admin = await h.as(await h.staffToken('admin'))
    n = await network(h)
    // Known data, worked out by hand in the expectations below (China times).
    await playComplaint(h, n, {
      station: n.stationA,
      opened: '2026-02-10 09:00',
      cause: 'waiting_time',
      steps: [
        { type: 'responded', at: '2026-02-10 10:00', status: 'responded' },
        { type: 'resolved', at: '2026-02-10 15:00', status: 'resolved' },
        { type: 'closed', at: '2026-02-11 09:00', status: 'closed', followUp: true },
      ],
    })
    // 1: answered in 3 h, resolved in 2 days, closed satisfied.
    await playComplaint(h, n, {
      station: n.stationA,
      opened: '2026-03-02 09:00',
      cause: 'repair_quality',
      steps: [
        { type: 'responded', at: '2026-03-02 12:00', status: 'responded' },
        { type: 'resolved', at: '2026-03-04 09:00', status: 'resolved' },
        { type: 'closed', at: '2026-03-05 09:00', status: 'closed', followUp: true },
      ],
    })
    // 2: Friday 20:00, answered Monday 02:00 — 6 working hours but 54 h: late; never resolved: late.
    await playComplaint(h, n, {
      station: n.stationA,
      opened: '2026-03-06 20:00',
      cause: 'waiting_time',
      steps: [{ type: 'responded', at: '2026-03-09 02:00', status: 'responded' }],
    })
    // 3: answered in 30 min, resolved in 6 h, reopened, resolved again in 1 day, closed unsatisfied.
    await playComplaint(h, n, {
      station: n.stationA,
      opened: '2026-03-10 10:00',
      cause: 'repair_quality',
      steps: [
        { type: 'responded', at: '2026-03-10 10:30', status: 'responded' },
        { type: 'resolved', at: '2026-03-10 16:00', status: 'resolved' },
        { type: 'reopened', at: '2026-03-11 10:00', status: 'in_progress' },
        { type: 'resolved', at: '2026-03-12 10:00', status: 'resolved' },
        { type: 'closed', at: '2026-03-12 11:00', status: 'closed', followUp: false },
      ],
    })
    // 4: station B, Sunday, never answered.
    await playComplaint(h, n, {
      station: n.stationB,
      opened: '2026-03-15 09:00',
      cause: 'parts_availability',
      steps: [],
    })
    await admin.kpi.setUnits({ month: '2026-03', productLineId: n.vehicle.productLineId, units: 400 })
    h.setNow(cn('2026-03-20 12:00'))
    await runKpiRefresh(h.deps)
  }, 120_000)
  afterAll(() => h?.close())

  const figure = (d: { figures: { figure: string; value: number | null }[] }, f: string) =>
    d.figures.find((x) => x.figure === f)

  it('every complaint figure of March is the hand-computed one, with colour and change', async () => {
    const d = await admin.kpi.dashboard({ period: MARCH, scope: { kind: 'all' } })
    expect(d.pending).toBe(0)
    const values = Object.fromEntries(d.figures.map((f) => [f.figure, f.value]))
    expect(values).toMatchObject({
      closure_rate: 50, // 2 of 4 closed
      timely_response_rate: 50, // met #1 #3, late #2 #4
      timely_completion_rate: 50, // met #1 #3 (last run), late #2 #4
      response_hours_avg: 3.2, // (180 + 360 + 30) / 3 min = 3.17 h
      response_hours_p90: 6, // buckets 3, 6, 1 h → rank 3 → 6
      resolution_hours_avg: 27, // (2880 + 360) / 2 min = 27 h
      resolution_hours_p90: 48,
      reopen_rate: 50, // #3 of the two resolved
      handling_satisfaction: 50, // #1 satisfied, #3 not
      complaint_rate: 1, // 4 per 400 vehicles
    })
    expect(figure(d, 'closure_rate')).toMatchObject({ previous: 100, change: -50, rag: 'red' })
    expect(figure(d, 'complaint_rate')).toMatchObject({ rag: 'amber' }) // target < 1, amber 0.2
    expect(d.pareto.map((b) => [b.key, b.count, b.cumulative, b.vital])).toEqual([
      ['repair_quality', 2, 50, true],
      ['parts_availability', 1, 75, true],
      ['waiting_time', 1, 100, true], // the bar where the cumulative share first reaches 80 %
    ])
    const byStation = Object.fromEntries(
      d.breaches.map((b) => [b.stationId, [b.opened, b.responseLate, b.resolutionLate]]),
    )
    expect(byStation[n.stationA]).toEqual([3, 1, 1])
    expect(byStation[n.stationB]).toEqual([1, 1, 1])
    expect(d.trend).toEqual([
      expect.objectContaining({ month: '2026-03', opened: 4, closureRate: 50, timelyResponseRate: 50 }),
    ])
  })

  it('a region, a station and a product line each see their share', async () => {
    const station = await admin.kpi.dashboard({
      period: MARCH,
      scope: { kind: 'station', stationId: n.stationA },
    })
    expect(figure(station, 'closure_rate')?.value).toBe(66.7) // 2 of 3
    expect(figure(station, 'timely_response_rate')?.value).toBe(66.7)
    expect(figure(station, 'complaint_rate')?.value).toBeNull() // vehicles are counted per product line only
    const region = await admin.kpi.dashboard({ period: MARCH, scope: { kind: 'region', region: n.regionA } })
    expect(region.breaches.map((b) => b.stationId)).toEqual([n.stationA])
    const line = await admin.kpi.dashboard({
      period: MARCH,
      scope: { kind: 'product_line', productLineId: n.vehicle.productLineId },
    })
    expect(figure(line, 'complaint_rate')?.value).toBe(1)
  })

  it('a later change is counted after the job runs, and counted once however often it runs', async () => {
    const four = (await h.db.select().from(schema.complaints)).find(
      (c) => c.cause === 'parts_availability' && c.summary === 'KPI test',
    )!
    await playStep(h, four.id, { type: 'responded', at: '2026-03-20 12:30', status: 'responded' })
    const stale = await admin.kpi.dashboard({ period: MARCH, scope: { kind: 'all' } })
    expect(stale.pending).toBe(1)
    await runKpiRefresh(h.deps)
    await runKpiRefresh(h.deps)
    const d = await admin.kpi.dashboard({ period: MARCH, scope: { kind: 'all' } })
    expect(d.pending).toBe(0)
    // #4 answered on Friday 12:30: still late, now with a response time (the Sunday does not count).
    expect(figure(d, 'timely_response_rate')?.value).toBe(50)
    expect(figure(d, 'response_hours_p90')?.value).toBe(109) // Mon–Thu 96 h + Fri 12.5 h, rounded up
  })
})

describe.each(testDatabases())('daily aggregates equal a recomputation on $name', (target) => {
  let h: Harness
  let n: Network
  beforeAll(async () => {
    h = await createHarness(target)
    n = await network(h)
  }, 120_000)
  afterAll(() => h?.close())

  it('after a random sequence of events with the job run at random points', async () => {
    let seed = target.name === 'pglite' ? 7 : 11
    const rnd = (k: number) => {
      seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0
      return seed % k
    }
    const end = cn('2026-06-30 12:00')
    h.setNow(end)
    const causes = ['repair_quality', 'waiting_time', 'service_attitude', 'parts_availability'] as const
    const open: { id: string; at: number; status: string }[] = []
    const stamp = (base: number) => {
      const t = base + (1 + rnd(96)) * 1_800_000
      return new Date(Math.min(t, end.getTime() - 86_400_000))
    }
    const china = chinaDateTime
    for (let i = 0; i < 60; i++) {
      const op = rnd(5)
      const c = open.length ? open[rnd(open.length)]! : null
      if (op === 0 || !c) {
        const at = new Date(cn('2026-04-01 00:00').getTime() + rnd(60 * 48) * 1_800_000)
        const id = await playComplaint(h, n, {
          station: rnd(2) ? n.stationA : n.stationB,
          opened: china(at),
          cause: causes[rnd(causes.length)]!,
          severity: rnd(3) ? 'general' : 'major',
          steps: [],
        })
        open.push({ id, at: at.getTime(), status: 'new' })
      } else if (op === 1 && c.status === 'new') {
        const at = stamp(c.at)
        await playStep(h, c.id, { type: 'responded', at: china(at), status: 'responded' })
        Object.assign(c, { at: at.getTime(), status: 'responded' })
      } else if (op === 2 && (c.status === 'responded' || c.status === 'in_progress')) {
        const at = stamp(c.at)
        await playStep(h, c.id, { type: 'resolved', at: china(at), status: 'resolved' })
        Object.assign(c, { at: at.getTime(), status: 'resolved' })
      } else if (op === 3 && (c.status === 'resolved' || c.status === 'closed')) {
        const at = stamp(c.at)
        await playStep(h, c.id, { type: 'reopened', at: china(at), status: 'in_progress', followUp: false })
        Object.assign(c, { at: at.getTime(), status: 'in_progress' })
      } else if (op === 4 && c.status === 'resolved') {
        const at = stamp(c.at)
        await playStep(h, c.id, { type: 'closed', at: china(at), status: 'closed', followUp: rnd(2) === 0 })
        Object.assign(c, { at: at.getTime(), status: 'closed' })
      }
      if (rnd(6) === 0) await runKpiRefresh(h.deps, 1 + rnd(5), 3)
    }
    await runKpiRefresh(h.deps)
    const now = h.now()

    // 1. Every stored fact equals the fact recomputed from the raw complaint and its events.
    const stored = await h.db.select().from(schema.kpiComplaintFacts)
    const ids = (await h.db.select({ id: schema.complaints.id }).from(schema.complaints)).map((r) => r.id)
    expect(stored.map((f) => f.complaintId).sort()).toEqual([...ids].sort())
    const sources = await h.repos.kpi.factSources(ids)
    const sla = await loadSla(h.repos)
    const fresh = sources.map((s) => complaintFact(s.complaint, s.events, sla.settings, sla.calendar, now))
    const mine = new Set(open.map((o) => o.id))
    const storedFacts = await h.repos.kpi.facts(ids)
    for (const f of fresh.filter((x) => mine.has(x.complaintId)))
      expect(storedFacts.find((s) => s.complaintId === f.complaintId)).toEqual(f)

    // 2. The daily tables equal the sums of all facts, computed from scratch.
    const expected = aggregateDeltas(storedFacts.map((f) => ({ before: null, after: f })))
    const daily = await h.db.select().from(schema.kpiComplaintDaily)
    const rowKey = (r: { dim: string; key: string; day: string; cause: string }) =>
      `${r.dim}|${r.key}|${r.day}|${r.cause}`
    const got = new Map(
      daily
        .filter((r) => r.opened !== 0)
        .map((r) => {
          const { day, dim, dimKey, cause, ...counters } = r
          return [rowKey({ dim, key: dimKey, day, cause }), counters]
        }),
    )
    expect(got.size).toBe(expected.daily.length)
    for (const e of expected.daily) expect(got.get(rowKey(e))).toEqual(e.counters)
    // 3. The monthly roll-up equals the daily rows summed by month, cause aside (zero rows ignored).
    const sumByMonth = new Map<string, Record<string, number>>()
    for (const { day, dim, dimKey, cause: _cause, ...counters } of daily) {
      const key = `${dim}|${dimKey}|${String(day).slice(0, 7)}`
      const had = sumByMonth.get(key) ?? {}
      for (const [k, v] of Object.entries(counters)) had[k] = (had[k] ?? 0) + Number(v)
      sumByMonth.set(key, had)
    }
    const nonZero = (c: Record<string, number>) => Object.values(c).some((v) => v !== 0)
    const monthly = (await h.db.select().from(schema.kpiComplaintMonthly))
      .map(({ month, dim, dimKey, ...counters }) => [`${dim}|${dimKey}|${month}`, counters] as const)
      .filter(([, c]) => nonZero(c))
    expect(new Map(monthly)).toEqual(new Map([...sumByMonth].filter(([, c]) => nonZero(c))))
    expect(monthly.length).toBeGreaterThan(0)
    // 4. A breakdown read from whole months and edge days equals the daily rows of the period summed.
    const days = daily.map((r) => String(r.day)).sort()
    const periods = [
      { from: `${days[0]!.slice(0, 8)}01`, to: days.at(-1)! },
      { from: days[0]!, to: days.at(-1)! },
      { from: days[Math.floor(days.length / 2)]!, to: days.at(-1)! },
    ]
    for (const p of periods) {
      const fromDays = new Map<string, number>()
      for (const r of daily)
        if (r.dim === 'station' && String(r.day) >= p.from && String(r.day) <= p.to)
          fromDays.set(r.dimKey, (fromDays.get(r.dimKey) ?? 0) + r.opened + r.responseLate * 1000)
      const read = await h.repos.kpi.countersBy('station', p)
      expect(
        new Map(
          read
            .map((x) => [x.key, x.counters.opened + x.counters.responseLate * 1000] as const)
            .filter(([, v]) => v !== 0),
        ),
      ).toEqual(new Map([...fromDays].filter(([, v]) => v !== 0)))
    }
    const hours = await h.db.select().from(schema.kpiComplaintHours)
    expect(hours.map((r) => `${r.dim}|${r.dimKey}|${r.metric}|${r.day}|${r.hours}=${r.n}`).sort()).toEqual(
      expected.hours.map((r) => `${r.dim}|${r.key}|${r.metric}|${r.day}|${r.hours}=${r.n}`).sort(),
    )
    expect(open.length).toBeGreaterThan(10)
  }, 240_000)
})
