import { describe, expect, it } from 'vitest'
import type { Role } from '../../identity'
import { refusal } from '../cases.test-fixtures'
import type { Conclusion, Meeting } from './meeting.entity'
import type { MeetingPack } from './meeting.pack'
import { assertMayFinalise, assertOpen, mayConclude, withConclusion } from './meeting.rules'

const at = new Date('2026-12-03T02:00:00Z')
const c = (section: Conclusion['section'], text = 't'): Conclusion => ({
  section,
  text,
  byUserId: 'u',
  byName: 'n',
  at,
})
const pack = {} as MeetingPack

describe('a meeting is open until its minutes are final', () => {
  it.each([
    [{ status: 'scheduled' as const }, 'no error'],
    [{ status: 'final' as const }, 'CONFLICT IMPROVEMENT.MEETING_FINAL id'],
  ])('assertOpen %o → %s', (m, want) => expect(refusal(() => assertOpen(m))).toBe(want))
  it.each([
    [{ status: 'scheduled' as const, pack }, 'no error'],
    [{ status: 'scheduled' as const, pack: null }, 'PRECONDITION IMPROVEMENT.PACK_MISSING id'],
    [{ status: 'final' as const, pack }, 'CONFLICT IMPROVEMENT.MEETING_FINAL id'],
    [{ status: 'final' as const, pack: null }, 'CONFLICT IMPROVEMENT.MEETING_FINAL id'],
  ])('assertMayFinalise %#', (m, want) => expect(refusal(() => assertMayFinalise(m))).toBe(want))
})

describe('mayConclude: HQ quality the quality section, HQ service the other, an HQ admin either', () => {
  it.each([
    [['hq_admin'], true, true],
    [['hq_quality'], true, false],
    [['hq_service'], false, true],
    [['hq_quality', 'hq_service'], true, true],
    [['hq_finance'], false, false],
    [['hq_general_manager'], false, false],
    [['dealer_manager'], false, false],
    [[], false, false],
  ] as [Role[], boolean, boolean][])('%o: quality %s, non-quality %s', (roles, quality, nonQuality) => {
    expect(mayConclude(roles, 'quality')).toBe(quality)
    expect(mayConclude(roles, 'non_quality')).toBe(nonQuality)
  })
})

describe('withConclusion', () => {
  const open = { status: 'scheduled' as const, conclusions: [] as Conclusion[] }
  it('keeps one conclusion per section, the non-quality one listed first', () => {
    const q = withConclusion(open, ['hq_quality'], c('quality', 'q1'))
    expect(q).toEqual([c('quality', 'q1')])
    const both = withConclusion({ ...open, conclusions: q }, ['hq_service'], c('non_quality', 'n1'))
    expect(both).toEqual([c('non_quality', 'n1'), c('quality', 'q1')])
    const replaced = withConclusion({ ...open, conclusions: both }, ['hq_admin'], c('quality', 'q2'))
    expect(replaced).toEqual([c('non_quality', 'n1'), c('quality', 'q2')])
    const again = withConclusion({ ...open, conclusions: replaced }, ['hq_admin'], c('non_quality', 'n2'))
    expect(again).toEqual([c('non_quality', 'n2'), c('quality', 'q2')])
  })
  it('leaves the meeting’s own list untouched', () => {
    const conclusions = [c('quality', 'q1')]
    withConclusion({ ...open, conclusions }, ['hq_admin'], c('non_quality'))
    expect(conclusions).toEqual([c('quality', 'q1')])
  })
  it.each([
    [open, ['hq_service'], c('quality'), 'FORBIDDEN IMPROVEMENT.NOT_YOUR_SECTION section'],
    [open, ['hq_quality'], c('non_quality'), 'FORBIDDEN IMPROVEMENT.NOT_YOUR_SECTION section'],
    [open, ['dealer_manager'], c('quality'), 'FORBIDDEN IMPROVEMENT.NOT_YOUR_SECTION section'],
    [
      { status: 'final' as const, conclusions: [] },
      ['hq_admin'],
      c('quality'),
      'CONFLICT IMPROVEMENT.MEETING_FINAL id',
    ],
  ] as [Pick<Meeting, 'status' | 'conclusions'>, Role[], Conclusion, string][])(
    '%#: %s',
    (m, roles, conclusion, want) => expect(refusal(() => withConclusion(m, roles, conclusion))).toBe(want),
  )
})
