import { describe, expect, it } from 'vitest'
import { DomainError } from '../shared/errors'
import { assertTransition, canTransition, OPEN_STATUSES, STATUSES } from './complaint.status'

/**
 * The complaint life cycle of ../shared/domain.md, written out pair by pair — independently of the
 * TRANSITIONS table it checks (the command tests derive their expectations from that table, so they
 * cannot notice when the table itself is wrong).
 */
const ALLOWED = new Set([
  'new→responded',
  'responded→in_progress',
  'in_progress→awaiting_parts',
  'in_progress→awaiting_customer',
  'in_progress→awaiting_tech',
  'in_progress→resolved',
  'awaiting_parts→in_progress',
  'awaiting_customer→in_progress',
  'awaiting_tech→in_progress',
  'resolved→follow_up',
  'resolved→in_progress',
  'follow_up→closed',
  'follow_up→in_progress',
  'closed→in_progress',
])

describe('the complaint life cycle', () => {
  const pairs = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const))
  it.each(pairs)('%s → %s', (from, to) => {
    const allowed = ALLOWED.has(`${from}→${to}`)
    expect(canTransition(from, to)).toBe(allowed)
    if (allowed) {
      expect(() => assertTransition(from, to)).not.toThrow()
      return
    }
    let refused: unknown
    try {
      assertTransition(from, to)
    } catch (e) {
      refused = e
    }
    expect(refused).toBeInstanceOf(DomainError)
    expect(refused).toMatchObject({
      kind: 'PRECONDITION',
      code: 'COMPLAINT.ILLEGAL_TRANSITION',
      details: { from, to },
    })
  })
  it('every status but closed is open', () => {
    expect(OPEN_STATUSES).toEqual([
      'new',
      'responded',
      'in_progress',
      'awaiting_parts',
      'awaiting_customer',
      'awaiting_tech',
      'resolved',
      'follow_up',
    ])
  })
})
