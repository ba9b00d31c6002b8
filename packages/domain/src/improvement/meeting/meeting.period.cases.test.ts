import { describe, expect, it } from 'vitest'
import { refusal } from '../cases.test-fixtures'
import { assertMeetingDate, MAX_CUSTOM_DAYS, meetingNumber, meetingPeriod } from './meeting.period'

describe('meetingPeriod at its edges', () => {
  it('a month is its first to its last China date', () => {
    expect(meetingPeriod({ kind: 'month', month: '2026-02' })).toEqual({
      kind: 'month',
      from: '2026-02-01',
      to: '2026-02-28',
    })
  })
  it('a custom period of one day, and of exactly 92 days, is kept as given', () => {
    expect(MAX_CUSTOM_DAYS).toBe(92)
    expect(meetingPeriod({ kind: 'custom', from: '2026-11-05', to: '2026-11-05' })).toEqual({
      kind: 'custom',
      from: '2026-11-05',
      to: '2026-11-05',
    })
    // 1 January to 2 April 2026: 31 + 28 + 31 + 2 = 92 days.
    expect(meetingPeriod({ kind: 'custom', from: '2026-01-01', to: '2026-04-02' })).toEqual({
      kind: 'custom',
      from: '2026-01-01',
      to: '2026-04-02',
    })
  })
  it.each([
    [{ from: '2026-01-01', to: '2026-04-03' }, 'BAD_INPUT IMPROVEMENT.BAD_PERIOD period.to'],
    [{ from: '2026-11-06', to: '2026-11-05' }, 'BAD_INPUT IMPROVEMENT.BAD_PERIOD period.to'],
    [{ from: '2026-11-5', to: '2026-11-06' }, 'BAD_INPUT IMPROVEMENT.BAD_PERIOD period.from'],
    [{ from: '2026-13-01', to: '2026-11-06' }, 'BAD_INPUT IMPROVEMENT.BAD_PERIOD period.from'],
    [{ from: '2026-11-01', to: '2026-11-31' }, 'BAD_INPUT IMPROVEMENT.BAD_PERIOD period.to'],
    [{ from: '2026-11-01', to: '20261130' }, 'BAD_INPUT IMPROVEMENT.BAD_PERIOD period.to'],
  ])('custom %o → %s', (p, want) => expect(refusal(() => meetingPeriod({ kind: 'custom', ...p }))).toBe(want))
  it('a bad month is the KPI period’s refusal', () =>
    expect(refusal(() => meetingPeriod({ kind: 'month', month: '2026-13' }))).toBe(
      'BAD_INPUT KPI.BAD_MONTH month',
    ))
})

describe('meetingNumber', () => {
  it.each([
    [{ kind: 'month', from: '2026-11-01', to: '2026-11-30' } as const, 'RM-202611'],
    [{ kind: 'month', from: '2027-01-01', to: '2027-01-31' } as const, 'RM-202701'],
    [{ kind: 'custom', from: '2026-11-01', to: '2026-11-15' } as const, 'RM-20261101-20261115'],
    [{ kind: 'custom', from: '2026-12-20', to: '2027-01-10' } as const, 'RM-20261220-20270110'],
  ])('%o → %s', (p, want) => expect(meetingNumber(p)).toBe(want))
})

describe('assertMeetingDate: not before the period begins', () => {
  const p = { kind: 'month', from: '2026-11-01', to: '2026-11-30' } as const
  it.each([
    ['2026-10-31', 'BAD_INPUT IMPROVEMENT.MEETING_BEFORE_PERIOD_END meetingDate'],
    ['2026-11-01', 'no error'],
    ['2026-11-15', 'no error'],
    ['2026-12-03', 'no error'],
  ])('%s → %s', (d, want) => expect(refusal(() => assertMeetingDate(p, d))).toBe(want))
})

describe('what the meeting form shows when a custom period is refused', () => {
  const message = (from: string, to: string) => {
    try {
      meetingPeriod({ kind: 'custom', from, to })
    } catch (e) {
      return (e as Error).message
    }
    return 'no error'
  }
  it.each([
    ['2026-11-5', '2026-11-06', 'Dates are written YYYY-MM-DD'],
    ['2026-11-05', '2026-11-31', 'Dates are written YYYY-MM-DD'],
    ['2026-11-06', '2026-11-05', 'The period ends before it starts'],
    ['2026-01-01', '2026-04-03', 'A custom period is at most 92 days'],
  ])('%s – %s: %s', (from, to, want) => expect(message(from, to)).toBe(want))
})
