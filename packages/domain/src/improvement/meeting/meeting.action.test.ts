import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chinaDayEnd, chinaInstant } from '../../shared/china-time'
import { makeCalendar } from '../../sla'
import {
  type ActionEvidence,
  actionDue,
  actionLevel,
  assertDueDate,
  completeAction,
  type EvidenceFile,
  evidenceFileOf,
  isActionOverdue,
  type MeetingAction,
} from './meeting.action'

// 2026-10-01…07 National Day holidays, 2026-10-10 (Saturday) a make-up working day.
const cal = makeCalendar({
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  makeupWorkdays: ['2026-10-10'],
})
const STATION = 'station-1'
const action = (over: Partial<MeetingAction> = {}): MeetingAction => ({
  id: 'a1',
  meetingId: 'm1',
  resolutionId: 'r1',
  title: '前台解释首保收费 Explain first-service charges',
  ownerOrgId: STATION,
  ownerUserId: 'u1',
  ...actionDue(cal, '2026-10-09'),
  status: 'open',
  evidence: null,
  completedAt: null,
  completedBy: null,
  escalationLevel: 0,
  createdAt: new Date('2026-09-20T02:00:00Z'),
  version: 1,
  ...over,
})
const code = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    const d = e as { kind: string; code: string; field: string }
    return [d.kind, d.code, d.field]
  }
  return null
}

describe('actionDue: the due date on the working calendar', () => {
  it.each([
    ['2026-10-09', '2026-10-09'], // a Friday: kept
    ['2026-10-10', '2026-10-10'], // a make-up Saturday: a working day
    ['2026-10-11', '2026-10-12'], // a Sunday → Monday
    ['2026-10-01', '2026-10-08'], // the holiday week → the first working day after it
    ['2026-10-03', '2026-10-08'], // a weekend inside the holidays
  ])('%s → due at the end of %s', (asked, due) => {
    expect(actionDue(cal, asked)).toEqual({ dueDate: due, dueAt: chinaDayEnd(due) })
  })

  it('a due date before today is refused on the field', () => {
    expect(code(() => assertDueDate('2026-10-08', chinaInstant('2026-10-09', 60)))).toEqual([
      'BAD_INPUT',
      'IMPROVEMENT.DUE_IN_PAST',
      'dueDate',
    ])
    expect(code(() => assertDueDate('2026-10-09', chinaInstant('2026-10-09', 1439)))).toBeNull()
  })
})

describe('overdue and escalation levels', () => {
  it.each([
    [chinaInstant('2026-10-09', 1439), 0, false], // the last minute of the due date
    [chinaInstant('2026-10-10', 0), 1, true], // midnight after it: overdue
    [chinaInstant('2026-10-12', 600), 1, true], // 10-10 (make-up) and part of 10-12: under 3 working days
    [chinaInstant('2026-10-14', 0), 2, true], // 10-10, 10-12, 10-13: three working days late
  ] as const)('at %s: level %i, overdue %s', (now, level, overdue) => {
    expect(actionLevel(cal, action(), now)).toBe(level)
    expect(isActionOverdue(action(), now)).toBe(overdue)
  })

  it('a done action is never overdue', () => {
    const done = action({ status: 'done' })
    expect(actionLevel(cal, done, chinaInstant('2026-11-30', 0))).toBe(0)
  })

  it('the level never falls as time passes (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 * 24 * 40 }),
        fc.integer({ min: 0, max: 60 * 24 * 10 }),
        (a, b) => {
          const t1 = chinaInstant('2026-10-01', a)
          const t2 = new Date(t1.getTime() + b * 60_000)
          expect(actionLevel(cal, action(), t2)).toBeGreaterThanOrEqual(actionLevel(cal, action(), t1))
        },
      ),
    )
  })
})

describe('completeAction: open → done with evidence', () => {
  const now = new Date('2026-10-08T03:00:00Z')
  const member = { orgId: STATION, roles: ['dealer_manager'], userId: 'u2' }
  const files = [{ filename: 'a.png', mime: 'image/png', size: 10, sha256: 'x' }]

  it('the owner unit closes it with a description and files', () => {
    const done = completeAction(action(), member, { text: '  已培训前台  ', files }, now)
    expect(done).toMatchObject({
      status: 'done',
      evidence: { text: '已培训前台', files },
      completedAt: now,
      completedBy: 'u2',
    })
  })
  it('an HQ admin may close any unit’s action', () => {
    expect(
      completeAction(
        action(),
        { orgId: 'hq', roles: ['hq_admin'], userId: 'a' },
        { text: 'ok', files: [] },
        now,
      ).status,
    ).toBe('done')
  })
  it.each([
    ['no evidence', action(), member, '   ', ['BAD_INPUT', 'IMPROVEMENT.ACTION_NEEDS_EVIDENCE', 'evidence']],
    [
      'files alone are not evidence',
      action(),
      member,
      '',
      ['BAD_INPUT', 'IMPROVEMENT.ACTION_NEEDS_EVIDENCE', 'evidence'],
    ],
    [
      'already done',
      action({ status: 'done' }),
      member,
      'again',
      ['CONFLICT', 'IMPROVEMENT.ACTION_DONE', 'id'],
    ],
    [
      'another station',
      action(),
      { ...member, orgId: 'station-2' },
      'x',
      ['FORBIDDEN', 'IMPROVEMENT.NOT_ACTION_OWNER', 'id'],
    ],
    [
      'HQ quality for a station',
      action(),
      { orgId: 'hq', roles: ['hq_quality'], userId: 'q' },
      'x',
      ['FORBIDDEN', 'IMPROVEMENT.NOT_ACTION_OWNER', 'id'],
    ],
  ] as const)('%s is refused', (_name, a, who, text, want) => {
    expect(code(() => completeAction(a, who, { text, files }, now))).toEqual(want)
  })
})

describe("evidenceFileOf: a done action's file by its digest", () => {
  const file = (sha256: string) => ({
    filename: `${sha256.slice(0, 4)}.png`,
    mime: 'image/png',
    size: 10,
    sha256,
  })
  const a = 'a'.repeat(64)
  const b = 'b'.repeat(64)
  const cases: [string, ActionEvidence | null, string, EvidenceFile | null][] = [
    ['the first file', { text: 'done', files: [file(a), file(b)] }, a, file(a)],
    ['the second file', { text: 'done', files: [file(a), file(b)] }, b, file(b)],
    ['a digest the action does not hold', { text: 'done', files: [file(a)] }, b, null],
    ['an action done without files', { text: 'done', files: [] }, a, null],
    ['an open action (no evidence)', null, a, null],
  ]
  it.each(cases)('%s', (_, evidence, sha256, expected) => {
    expect(evidenceFileOf({ evidence }, sha256)).toEqual(expected)
  })
})
