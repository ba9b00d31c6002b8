import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { closeLiaison, liaisonCan, nextLiaisonState } from './liaison.state'
import {
  LIAISON_COMMANDS,
  LIAISON_STATES,
  type LiaisonCommand,
  type LiaisonState,
} from './liaison.vocabulary'

const refusal = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    const d = e as { kind: string; code: string; field: string; details: unknown }
    return { kind: d.kind, code: d.code, field: d.field, details: d.details }
  }
  throw new Error('expected a refusal')
}

describe('the liaison letter state machine', () => {
  it.each<[LiaisonState, LiaisonCommand, LiaisonState | null]>([
    ['submitted', 'answer', 'answered'],
    ['answered', 'answer', 'answered'],
    ['closed', 'answer', null],
    ['escalated_to_8d', 'answer', null],
    ['submitted', 'close', null],
    ['answered', 'close', 'closed'],
    ['closed', 'close', null],
    ['escalated_to_8d', 'close', null],
    ['submitted', 'escalate', 'escalated_to_8d'],
    ['answered', 'escalate', 'escalated_to_8d'],
    ['closed', 'escalate', null],
    ['escalated_to_8d', 'escalate', null],
    ['submitted', 'link', 'submitted'],
    ['answered', 'link', 'answered'],
    ['escalated_to_8d', 'link', 'escalated_to_8d'],
    ['closed', 'link', null],
  ])('%s + %s → %s', (state, command, want) => {
    expect(liaisonCan(state, command)).toBe(want !== null)
    if (want) expect(nextLiaisonState(state, command)).toBe(want)
    else
      expect(refusal(() => nextLiaisonState(state, command))).toEqual({
        kind: 'CONFLICT',
        code: 'LIAISON.NOT_ALLOWED',
        field: 'state',
        details: { command, state },
      })
  })

  it('closing an unanswered letter asks for the answer first', () => {
    expect(refusal(() => closeLiaison({ state: 'submitted', answer: null }))).toMatchObject({
      kind: 'PRECONDITION',
      code: 'LIAISON.ANSWER_REQUIRED',
      field: 'answer',
    })
    expect(closeLiaison({ state: 'answered', answer: '已确认' })).toBe('closed')
    expect(refusal(() => closeLiaison({ state: 'closed', answer: 'x' }))).toMatchObject({
      code: 'LIAISON.NOT_ALLOWED',
    })
  })

  it('property: a closed letter takes no command, and every allowed command keeps the letter in a known state', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LIAISON_STATES), fc.constantFrom(...LIAISON_COMMANDS), (s, c) => {
        if (s === 'closed') expect(liaisonCan(s, c)).toBe(false)
        if (liaisonCan(s, c)) expect(LIAISON_STATES).toContain(nextLiaisonState(s, c))
        else expect(() => nextLiaisonState(s, c)).toThrow()
        // Only `close` reaches closed, only `escalate` escalated_to_8d, only `answer` answered.
        const reachedBy: Partial<Record<LiaisonState, LiaisonCommand>> = {
          closed: 'close',
          escalated_to_8d: 'escalate',
          answered: 'answer',
        }
        if (liaisonCan(s, c) && nextLiaisonState(s, c) !== s)
          expect(reachedBy[nextLiaisonState(s, c)]).toBe(c)
      }),
    )
  })
})
