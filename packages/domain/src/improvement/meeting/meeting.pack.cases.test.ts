import { describe, expect, it } from 'vitest'
import { emptyTally } from '../../kpi'
import {
  buildPack,
  type CaseGroup,
  type PackCaseRow,
  type PackInputs,
  type PreviousActionRow,
} from './meeting.pack'

const now = new Date('2026-12-03T02:00:00Z')
const row = (id: string, over: Partial<PackCaseRow> = {}): PackCaseRow => ({
  id,
  number: `C-${id}`,
  summary: 's',
  kind: 'appeal',
  cause: 'waiting_time',
  responsibleUnit: null,
  severity: 'general',
  status: 'closed',
  stationName: null,
  openedAt: now,
  closedAt: null,
  ...over,
})
const group = (over: Partial<CaseGroup>): CaseGroup => ({
  kind: 'appeal',
  cause: 'waiting_time',
  responsibleUnit: null,
  closed: false,
  reopened: false,
  late: false,
  count: 1,
  ...over,
})
const previous = (id: string, over: Partial<PreviousActionRow> = {}): PreviousActionRow => ({
  id,
  title: `t-${id}`,
  dueDate: '2026-12-03',
  dueAt: new Date('2026-12-03T15:59:59.999Z'),
  status: 'open',
  completedAt: null,
  meetingNumber: 'RM-202610',
  ownerName: '北京朝阳',
  personName: '马站长',
  evidenceText: null,
  ...over,
})
const inputs = (over: Partial<PackInputs> = {}): PackInputs => ({
  period: { from: '2026-11-01', to: '2026-11-30' },
  now,
  tally: emptyTally(),
  causeCounts: [],
  groups: [],
  overdue: { total: 0, cases: [] },
  reopened: { total: 0, cases: [] },
  serious: [],
  previousMeeting: null,
  previousActions: [],
  ...over,
})
const emptySection = { received: 0, closed: 0, overdue: 0, reopened: 0, serious: 0, byCause: [] }

describe('buildPack, field by field', () => {
  it('an empty period: the period, the instant, zeros and no rates', () => {
    expect(buildPack(inputs())).toEqual({
      period: { from: '2026-11-01', to: '2026-11-30' },
      generatedAt: now,
      figures: {
        received: 0,
        closed: 0,
        reopened: 0,
        closureRate: null,
        timelyResponseRate: null,
        timelyCompletionRate: null,
        reopenRate: null,
      },
      sections: { quality: emptySection, non_quality: emptySection },
      pareto: [],
      overdue: { total: 0, cases: [] },
      reopened: { total: 0, cases: [] },
      serious: [],
      previousMeeting: null,
      previousActions: [],
      previousActionCounts: { open: 0, done: 0, overdue: 0 },
    })
  })

  it('each counter of a section counts only its own groups, by their count', () => {
    const p = buildPack(
      inputs({
        groups: [
          group({ count: 5 }),
          group({ count: 2, closed: true }),
          group({ count: 3, late: true }),
          group({ count: 7, reopened: true }),
          group({ count: 11, cause: 'product_defect', closed: true, late: true, reopened: true }),
        ],
      }),
    )
    expect(p.sections.non_quality).toEqual({
      received: 17,
      closed: 2,
      overdue: 3,
      reopened: 7,
      serious: 0,
      byCause: [{ cause: 'waiting_time', count: 17 }],
    })
    expect(p.sections.quality).toEqual({
      received: 11,
      closed: 11,
      overdue: 11,
      reopened: 11,
      serious: 0,
      byCause: [{ cause: 'product_defect', count: 11 }],
    })
  })

  it('causes add up across groups, the largest first, ties by name', () => {
    const p = buildPack(
      inputs({
        groups: [
          group({ cause: 'waiting_time', count: 2 }),
          group({ cause: 'fees', count: 2 }),
          group({ cause: 'service_attitude', count: 1 }),
          group({ cause: 'fees', count: 1 }),
          group({ cause: 'broken_promise', count: 3 }),
        ],
      }),
    )
    expect(p.sections.non_quality.byCause).toEqual([
      { cause: 'broken_promise', count: 3 },
      { cause: 'fees', count: 3 },
      { cause: 'waiting_time', count: 2 },
      { cause: 'service_attitude', count: 1 },
    ])
  })

  it('overdue, reopened and serious cases keep their totals and rows, each with its section', () => {
    const defect = row('d', { cause: 'product_defect' })
    const late = row('l')
    const p = buildPack(
      inputs({
        overdue: { total: 12, cases: [defect, late] },
        reopened: { total: 3, cases: [late, defect] },
        serious: [
          row('s1', { responsibleUnit: 'hq_technical' }),
          row('s2'),
          row('s3', { kind: 'non_quality' }),
        ],
      }),
    )
    expect(p.overdue).toEqual({
      total: 12,
      cases: [
        { ...defect, section: 'quality' },
        { ...late, section: 'non_quality' },
      ],
    })
    expect(p.reopened).toEqual({
      total: 3,
      cases: [
        { ...late, section: 'non_quality' },
        { ...defect, section: 'quality' },
      ],
    })
    expect(p.serious.map((c) => `${c.id} ${c.section}`)).toEqual([
      's1 quality',
      's2 non_quality',
      's3 non_quality',
    ])
    expect(p.sections.quality.serious).toBe(1)
    expect(p.sections.non_quality.serious).toBe(2)
  })

  it('previous actions: as listed, without the due instant, overdue from that instant on', () => {
    const due = new Date('2026-12-03T02:00:00Z')
    const p = buildPack(
      inputs({
        previousMeeting: { id: 'm0', number: 'RM-202610', meetingDate: '2026-11-05' },
        previousActions: [
          previous('at-due', { dueAt: due }),
          previous('just-before', { dueAt: new Date(due.getTime() + 1) }),
          previous('done-late', {
            status: 'done',
            dueAt: new Date('2026-11-01T00:00:00Z'),
            completedAt: now,
          }),
          previous('late', { dueAt: new Date('2026-11-01T00:00:00Z'), evidenceText: 'x' }),
        ],
      }),
    )
    const { dueAt: _, ...rest } = previous('at-due')
    expect(p.previousActions[0]).toEqual({ ...rest, overdue: true })
    expect(p.previousActions.map((a) => [a.id, a.status, a.overdue])).toEqual([
      ['at-due', 'open', true],
      ['just-before', 'open', false],
      ['done-late', 'done', false],
      ['late', 'open', true],
    ])
    expect(p.previousActionCounts).toEqual({ open: 3, done: 1, overdue: 2 })
    expect(p.previousMeeting).toEqual({ id: 'm0', number: 'RM-202610', meetingDate: '2026-11-05' })
  })

  it('the Pareto leaves out causes with no case', () => {
    const p = buildPack(
      inputs({
        causeCounts: [
          { key: 'fees', count: 0 },
          { key: 'waiting_time', count: 2 },
        ],
      }),
    )
    expect(p.pareto.map((b) => [b.key, b.count])).toEqual([['waiting_time', 2]])
  })
})
