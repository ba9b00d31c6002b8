import { describe, expect, it } from 'vitest'
import { emptyTally } from '../../kpi'
import { buildPack, type CaseGroup, type PackCaseRow, type PreviousActionRow } from './meeting.pack'
import { meetingNumber, meetingPeriod } from './meeting.period'
import { assertMayFinalise, withConclusion } from './meeting.rules'

const now = new Date('2026-12-03T02:00:00Z')
const row = (over: Partial<PackCaseRow>): PackCaseRow => ({
  id: 'c',
  number: 'C-1',
  summary: 's',
  kind: 'appeal',
  cause: 'waiting_time',
  responsibleUnit: null,
  severity: 'general',
  status: 'closed',
  stationName: '北京朝阳',
  openedAt: now,
  closedAt: now,
  ...over,
})
const group = (over: Partial<CaseGroup>): CaseGroup => ({
  kind: 'appeal',
  cause: 'waiting_time',
  responsibleUnit: null,
  closed: true,
  reopened: false,
  late: false,
  count: 1,
  ...over,
})
const prev = (over: Partial<PreviousActionRow>): PreviousActionRow => ({
  id: 'a',
  title: 't',
  dueDate: '2026-11-20',
  dueAt: new Date('2026-11-20T16:00:00Z'),
  status: 'open',
  completedAt: null,
  meetingNumber: 'RM-202610',
  ownerName: '北京朝阳',
  personName: '马站长',
  evidenceText: null,
  ...over,
})

const pack = buildPack({
  period: { from: '2026-11-01', to: '2026-11-30' },
  now,
  tally: {
    ...emptyTally(),
    opened: 8,
    closed: 6,
    responseMet: 3,
    responseLate: 1,
    resolutionMet: 1,
    resolutionLate: 3,
    resolved: 5,
    reopened: 1,
  },
  causeCounts: [
    { key: 'product_defect', count: 3 },
    { key: 'waiting_time', count: 4 },
    { key: 'fees', count: 1 },
  ],
  groups: [
    group({ cause: 'product_defect', count: 2 }),
    group({ cause: 'product_defect', closed: false, late: true, count: 1 }),
    group({ count: 3, late: true }),
    group({ count: 1, reopened: true }),
    group({ kind: 'non_quality', cause: 'fees', closed: false }),
  ],
  overdue: { total: 4, cases: [row({ id: 'o1', cause: 'product_defect' }), row({ id: 'o2' })] },
  reopened: { total: 1, cases: [row({ id: 'r1' })] },
  serious: [row({ id: 's1', severity: 'major', responsibleUnit: 'supplier' })],
  previousMeeting: { id: 'm0', number: 'RM-202610', meetingDate: '2026-11-05' },
  previousActions: [
    prev({
      id: 'done',
      status: 'done',
      completedAt: new Date('2026-11-18T02:00:00Z'),
      evidenceText: '已培训',
    }),
    prev({ id: 'late' }),
    prev({ id: 'running', dueDate: '2026-12-20', dueAt: new Date('2026-12-20T16:00:00Z') }),
  ],
})

describe('buildPack', () => {
  it('takes the figures from the KPI tally, as the dashboard does', () => {
    expect(pack.figures).toEqual({
      received: 8,
      closed: 6,
      reopened: 1,
      closureRate: 75,
      timelyResponseRate: 75,
      timelyCompletionRate: 25,
      reopenRate: 20,
    })
    expect(pack.pareto.map((b) => [b.key, b.cumulative, b.vital])).toEqual([
      ['waiting_time', 50, true],
      ['product_defect', 87.5, true],
      ['fees', 100, false],
    ])
  })

  it('splits the cases into the quality and the non-quality sections', () => {
    expect(pack.sections.quality).toEqual({
      received: 3,
      closed: 2,
      overdue: 1,
      reopened: 0,
      serious: 1,
      byCause: [{ cause: 'product_defect', count: 3 }],
    })
    expect(pack.sections.non_quality).toEqual({
      received: 5,
      closed: 4,
      overdue: 3,
      reopened: 1,
      serious: 0,
      byCause: [
        { cause: 'waiting_time', count: 4 },
        { cause: 'fees', count: 1 },
      ],
    })
    expect(pack.overdue.cases.map((c) => [c.id, c.section])).toEqual([
      ['o1', 'quality'],
      ['o2', 'non_quality'],
    ])
    expect(pack.serious.map((c) => [c.id, c.section])).toEqual([['s1', 'quality']])
  })

  it('opens with the previous actions and their status now', () => {
    expect(pack.previousActions.map((a) => [a.id, a.status, a.overdue])).toEqual([
      ['done', 'done', false],
      ['late', 'open', true],
      ['running', 'open', false],
    ])
    expect(pack.previousActionCounts).toEqual({ open: 2, done: 1, overdue: 1 })
    expect(pack.previousMeeting?.number).toBe('RM-202610')
  })
})

describe('the meeting period', () => {
  const code = (f: () => unknown) => {
    try {
      f()
    } catch (e) {
      const d = e as { kind: string; code: string; field: string }
      return [d.kind, d.code, d.field]
    }
    return null
  }
  it.each([
    [
      { kind: 'month', month: '2026-02' } as const,
      { kind: 'month', from: '2026-02-01', to: '2026-02-28' },
      'RM-202602',
    ],
    [
      { kind: 'custom', from: '2026-11-01', to: '2026-11-15' } as const,
      { kind: 'custom', from: '2026-11-01', to: '2026-11-15' },
      'RM-20261101-20261115',
    ],
  ])('%o → %o (%s)', (choice, period, number) => {
    expect(meetingPeriod(choice)).toEqual(period)
    expect(meetingNumber(meetingPeriod(choice))).toBe(number)
  })
  it.each([
    [{ kind: 'custom', from: '2026-11-15', to: '2026-11-01' } as const, 'period.to'],
    [{ kind: 'custom', from: '2026-01-01', to: '2026-06-30' } as const, 'period.to'],
    [{ kind: 'custom', from: '2026-02-30', to: '2026-03-01' } as const, 'period.from'],
  ])('%o is refused on %s', (choice, field) => {
    expect(code(() => meetingPeriod(choice))).toEqual(['BAD_INPUT', 'IMPROVEMENT.BAD_PERIOD', field])
  })

  it('conclusions: each unit its own section, one per section, none after the minutes', () => {
    const c = { text: 'x', byUserId: 'u', byName: 'n', at: now }
    const open = { status: 'scheduled' as const, conclusions: [] }
    expect(withConclusion(open, ['hq_quality'], { ...c, section: 'quality' })).toHaveLength(1)
    expect(code(() => withConclusion(open, ['hq_quality'], { ...c, section: 'non_quality' }))).toEqual([
      'FORBIDDEN',
      'IMPROVEMENT.NOT_YOUR_SECTION',
      'section',
    ])
    const once = withConclusion(open, ['hq_service'], { ...c, section: 'non_quality' })
    const twice = withConclusion({ ...open, conclusions: once }, ['hq_admin'], {
      ...c,
      section: 'non_quality',
      text: 'y',
    })
    expect(twice.map((x) => x.text)).toEqual(['y'])
    expect(
      code(() =>
        withConclusion({ status: 'final', conclusions: [] }, ['hq_admin'], { ...c, section: 'quality' }),
      ),
    ).toEqual(['CONFLICT', 'IMPROVEMENT.MEETING_FINAL', 'id'])
    expect(code(() => assertMayFinalise({ status: 'scheduled', pack: null }))).toEqual([
      'PRECONDITION',
      'IMPROVEMENT.PACK_MISSING',
      'id',
    ])
  })
})
