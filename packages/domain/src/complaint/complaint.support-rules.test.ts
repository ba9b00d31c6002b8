import { describe, expect, it } from 'vitest'
import { DomainError } from '../shared/errors'
import { DEFAULT_SLA_SETTINGS } from '../sla/sla.policy'
import { assertMayApprove, authorityOf, compensationStatusFor } from './compensation.rules'
import { toClockEvents } from './complaint.clocks'
import { complaintNumber } from './complaint.entity'
import { assertPartsRequestStep } from './parts-request.rules'

/** The refusal as data: kind, code, field and details are what the API and the screens act on. */
function refusal(f: () => unknown) {
  try {
    f()
  } catch (e) {
    if (e instanceof DomainError) return { kind: e.kind, code: e.code, field: e.field, details: e.details }
    throw e
  }
  return 'accepted'
}

describe('what the clocks read from a complaint’s history', () => {
  const t = (m: number) => new Date(Date.UTC(2026, 10, 24, 1, m))
  it('maps every clock-relevant event, in time order, and drops the rest', () => {
    const stored = [
      { type: 'tech_answered', at: t(9), data: {} },
      { type: 'opened', at: t(0), data: { severity: 'major', hasStation: 1 } },
      { type: 'note', at: t(1), data: { note: 'x' } },
      { type: 'responded', at: t(2), data: {} },
      { type: 'status', at: t(3), data: { to: 'awaiting_parts', reason: '等配件' }, actorLabel: '王顾问' },
      { type: 'status', at: t(4), data: { to: 'in_progress', reason: 42 } },
      { type: 'reclassified', at: t(5), data: { severity: 'general' } },
      { type: 'assigned', at: t(6), data: {} },
      { type: 'countermeasure', at: t(7), data: {} },
      { type: 'tech_requested', at: t(8), data: {} },
      { type: 'resolved', at: t(10), data: {} },
      { type: 'reopened', at: t(11), data: {} },
    ]
    expect(toClockEvents(stored)).toEqual([
      { type: 'opened', at: t(0), severity: 'major', hasStation: true },
      { type: 'responded', at: t(2) },
      { type: 'status', at: t(3), status: 'awaiting_parts', reason: '等配件', by: '王顾问' },
      { type: 'status', at: t(4), status: 'in_progress', reason: null, by: null },
      { type: 'reclassified', at: t(5), severity: 'general' },
      { type: 'assigned', at: t(6) },
      { type: 'countermeasure', at: t(7) },
      { type: 'tech_requested', at: t(8) },
      { type: 'tech_answered', at: t(9) },
      { type: 'resolved', at: t(10) },
      { type: 'reopened', at: t(11) },
    ])
  })
  it('an opened event without a station says so', () => {
    expect(toClockEvents([{ type: 'opened', at: t(0), data: { severity: 'general' } }])).toEqual([
      { type: 'opened', at: t(0), severity: 'general', hasStation: false },
    ])
  })
  it('does not reorder the caller’s array', () => {
    const stored = [
      { type: 'resolved', at: t(2), data: {} },
      { type: 'responded', at: t(1), data: {} },
    ]
    toClockEvents(stored)
    expect(stored.map((e) => e.type)).toEqual(['resolved', 'responded'])
  })
})

describe('goodwill authority at its boundaries', () => {
  const s = DEFAULT_SLA_SETTINGS
  it.each([
    [[], 0],
    [['supplier_user'], 0],
    [['dealer_staff'], 20_000],
    [['hq_quality', 'hq_service'], 500_000],
    [['hq_admin', 'dealer_staff'], 5_000_000],
  ] as const)('%j may grant up to %i fen', (roles, fen) => {
    expect(authorityOf(roles, s)).toBe(fen)
  })
  it('without authority, only a zero amount needs no approval', () => {
    expect(compensationStatusFor(0, ['hq_quality'], s)).toBe('approved')
    expect(compensationStatusFor(1, ['hq_quality'], s)).toBe('pending_approval')
  })
  it.each([
    [100_000, ['dealer_manager'], false, 'accepted'],
    [
      100_001,
      ['dealer_manager'],
      false,
      { kind: 'FORBIDDEN', code: 'COMPLAINT.ABOVE_AUTHORITY', field: 'amountFen', details: undefined },
    ],
    [
      1,
      ['hq_admin'],
      true,
      { kind: 'FORBIDDEN', code: 'COMPLAINT.SELF_APPROVAL', field: undefined, details: undefined },
    ],
  ] as const)('approving %i fen as %j (self: %s)', (fen, roles, self, expected) => {
    expect(refusal(() => assertMayApprove(fen, roles, s, self))).toEqual(expected)
  })
})

describe('a parts request moves one step at a time', () => {
  it('an illegal step names where it was and where it was asked to go', () => {
    expect(refusal(() => assertPartsRequestStep('requested', 'received'))).toEqual({
      kind: 'PRECONDITION',
      code: 'PARTS_REQUEST.ILLEGAL_STEP',
      field: undefined,
      details: { from: 'requested', to: 'received' },
    })
  })
})

describe('complaint numbers', () => {
  it.each([
    [2026, 1, 'CP-2026-000001'],
    [2026, 123_456, 'CP-2026-123456'],
    [2027, 1_234_567, 'CP-2027-1234567'],
  ])('%i #%i is %s', (year, seq, number) => {
    expect(complaintNumber(year, seq)).toBe(number)
  })
})
