import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { displayStatus, linkRefusal, reminderDue } from './survey.invitation'
import { assertMayRenew, closedLoop, lowAnswers, REOPENABLE, recordCall } from './survey.loop'
import { DEFAULT_SURVEY_SETTINGS } from './survey.policy'
import { templateContentSchema } from './survey.template'
import { day, SENT, t0 } from './survey.test-fixtures'

describe('survey links (token rules)', () => {
  const sent = SENT
  it.each([
    ['a fresh link', sent, 1, null],
    ['an unknown or tampered token', null, 1, 'SURVEY.LINK_INVALID'],
    ['a cancelled invitation', { ...sent, status: 'cancelled' as const }, 1, 'SURVEY.LINK_INVALID'],
    [
      'a not yet delivered one',
      { ...sent, status: 'scheduled' as const, expiresAt: null },
      1,
      'SURVEY.LINK_INVALID',
    ],
    ['an answered one', { ...sent, status: 'answered' as const, answeredAt: day(1) }, 2, 'SURVEY.LINK_USED'],
    ['an expired one', sent, 14, 'SURVEY.LINK_EXPIRED'],
    [
      'an answered and expired one',
      { ...sent, status: 'answered' as const, answeredAt: day(1) },
      20,
      'SURVEY.LINK_USED',
    ],
  ])('%s', (_n, inv, now, code) => {
    expect(linkRefusal(inv, day(now))?.code ?? null).toBe(code)
  })

  it('maps the codes to not found, conflict and precondition', () => {
    expect(linkRefusal(null, t0)?.kind).toBe('NOT_FOUND')
    expect(linkRefusal({ ...sent, answeredAt: t0 }, t0)?.kind).toBe('CONFLICT')
    expect(linkRefusal(sent, day(15))?.kind).toBe('PRECONDITION')
  })

  it('shows an unanswered link past its expiry as expired', () => {
    expect(displayStatus(sent, day(15))).toBe('expired')
    expect(displayStatus(sent, day(1))).toBe('sent')
  })
})

describe('reminders', () => {
  const policy = { reminderAfterDays: 3, maxReminders: 2 }
  const inv = SENT
  it.each([
    ['too early', inv, 2.9, false],
    ['after three days', inv, 3, true],
    ['the second, too early', { ...inv, remindersSent: 1 }, 5, false],
    ['the second, after six days', { ...inv, remindersSent: 1 }, 6, true],
    ['beyond the maximum', { ...inv, remindersSent: 2 }, 10, false],
    ['answered', { ...inv, answeredAt: day(1), status: 'answered' as const }, 5, false],
    ['expired', { ...inv, expiresAt: day(4) }, 5, false],
    ['not delivered', { ...inv, status: 'scheduled' as const, sentAt: null }, 5, false],
  ])('%s', (_n, state, now, due) => {
    expect(reminderDue(state, policy, day(now))).toBe(due)
  })

  it('never reminds before N days nor after the link expired (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 3 }),
        fc.double({ min: 0, max: 40, noNaN: true }),
        (after, sentCount, now) => {
          const due = reminderDue(
            { ...inv, remindersSent: sentCount },
            { reminderAfterDays: after, maxReminders: 3 },
            day(now),
          )
          if (due) {
            expect(now).toBeGreaterThanOrEqual(after * (sentCount + 1))
            expect(now).toBeLessThan(14)
          }
        },
      ),
    )
  })
})

describe('the closed loop', () => {
  const questions = () =>
    templateContentSchema.parse({
      title: { zh: '调查', en: 'Survey' },
      intro: { zh: '谢谢', en: 'Thanks' },
      questions: [
        { id: 'overall', type: 'csat', text: { zh: '总体', en: 'Overall' } },
        { id: 'recommend', type: 'nps', text: { zh: '推荐', en: 'Recommend' } },
        { id: 'comment', type: 'text', required: false, text: { zh: '意见', en: 'Comment' } },
        { id: 'staff', type: 'csat', required: false, text: { zh: '人员', en: 'Staff' } },
      ],
    }).questions

  it.each([
    [{ overall: 5, recommend: 10 }, []],
    [{ overall: 3, recommend: 7 }, []],
    [{ overall: 2, recommend: 7 }, ['overall']],
    [{ overall: 1, recommend: 6 }, ['overall', 'recommend']],
    [{ overall: 4, recommend: 6 }, ['recommend']],
    [{ overall: 4, recommend: 0, comment: 'bad' }, ['recommend']],
  ])('with CSAT ≤ 2 and NPS ≤ 6, %j is low on %j', (answers, low) => {
    expect(lowAnswers(questions(), answers, DEFAULT_SURVEY_SETTINGS).map((a) => a.questionId)).toEqual(low)
  })

  it('reports each low answer with its type and score', () => {
    expect(lowAnswers(questions(), { overall: 2, recommend: 0, staff: 1 }, DEFAULT_SURVEY_SETTINGS)).toEqual([
      { questionId: 'overall', type: 'csat', score: 2 },
      { questionId: 'recommend', type: 'nps', score: 0 },
      { questionId: 'staff', type: 'csat', score: 1 },
    ])
  })

  it('ignores skipped questions and text, even when text looks like a low score', () => {
    expect(
      lowAnswers(
        questions(),
        { overall: 5, recommend: 9, staff: null, comment: '1' },
        DEFAULT_SURVEY_SETTINGS,
      ),
    ).toEqual([])
  })

  it('follows the thresholds HQ sets', () => {
    const strict = { csatThreshold: 3, npsThreshold: 8 }
    expect(lowAnswers(questions(), { overall: 3, recommend: 8 }, strict)).toHaveLength(2)
  })

  it.each([
    ['dissatisfied first answer to a closed complaint', true, null, 'closed', true, [true, false, true]],
    ['dissatisfied, policy says do not reopen', true, null, 'closed', false, [true, false, false]],
    [
      'dissatisfied, complaint already being handled again',
      true,
      null,
      'in_progress',
      true,
      [true, false, false],
    ],
    ['dissatisfied, complaint resolved', true, null, 'resolved', true, [true, false, true]],
    ['dissatisfied, complaint in follow-up', true, null, 'follow_up', true, [true, false, true]],
    ['dissatisfied, complaint new', true, null, 'new', true, [true, false, false]],
    ['dissatisfied campaign answer', true, null, null, true, [true, false, false]],
    ['satisfied first answer', false, null, 'closed', true, [false, false, false]],
    ['satisfied renewed answer', false, 'open', 'closed', true, [false, true, false]],
    [
      'dissatisfied renewed answer: the same task stays open',
      true,
      'open',
      'closed',
      true,
      [false, false, true],
    ],
    ['satisfied renewal of a task done meanwhile', false, 'done', null, true, [false, false, false]],
  ] as const)('%s', (_n, dissatisfied, renewalOf, complaintStatus, reopen, [create, close, reopens]) => {
    expect(closedLoop({ dissatisfied, renewalOf, complaintStatus, reopenComplaint: reopen })).toEqual({
      createTask: create,
      closeTask: close,
      reopenComplaint: reopens,
    })
  })

  it('completes a task only on a satisfied call', () => {
    const open = { status: 'open' as const, calls: [] }
    const first = { at: t0, by: 'bj.staff', satisfied: false, note: '仍不满意' }
    const unhappy = recordCall(open, first)
    expect(unhappy).toEqual({ status: 'open', calls: [first], resolution: null, closedAt: null })
    const second = { at: day(1), by: 'bj.staff', satisfied: true, note: '已满意' }
    const happy = recordCall(unhappy, second)
    expect(happy).toEqual({ status: 'done', calls: [first, second], resolution: 'call', closedAt: day(1) })
    expect(unhappy.calls).toEqual([first]) // the earlier state is not changed
    expect(() => recordCall(happy, { at: day(2), by: 'x', satisfied: true, note: 'again' })).toThrow(
      expect.objectContaining({ code: 'SURVEY.FOLLOW_UP_DONE' }),
    )
  })

  it('sends a renewed survey only while none is waiting', () => {
    const open = { status: 'open' as const }
    expect(() => assertMayRenew(open, null, t0)).not.toThrow()
    const waiting = { answeredAt: null, expiresAt: day(14), status: 'sent' }
    expect(() => assertMayRenew(open, waiting, day(1))).toThrow('still waiting')
    expect(() => assertMayRenew(open, waiting, day(15))).not.toThrow()
    expect(() => assertMayRenew(open, { ...waiting, answeredAt: day(2) }, day(3))).not.toThrow()
    expect(() => assertMayRenew({ status: 'done' }, null, t0)).toThrow('already done')
  })

  it.each([
    ['none sent before', null, 1, null],
    ['one waiting', { answeredAt: null, expiresAt: day(14), status: 'sent' }, 1, 'SURVEY.RENEWAL_PENDING'],
    [
      'one waiting a moment before expiry',
      { answeredAt: null, expiresAt: day(14), status: 'sent' },
      14 - 1 / 86_400_000,
      'SURVEY.RENEWAL_PENDING',
    ],
    ['one expired this very moment', { answeredAt: null, expiresAt: day(14), status: 'sent' }, 14, null],
    ['one answered', { answeredAt: day(2), expiresAt: day(14), status: 'answered' }, 3, null],
    ['one cancelled', { answeredAt: null, expiresAt: day(14), status: 'cancelled' }, 1, null],
    [
      'one scheduled, not yet delivered',
      { answeredAt: null, expiresAt: null, status: 'scheduled' },
      1,
      'SURVEY.RENEWAL_PENDING',
    ],
  ])('renewal from an open task with %s', (_n, pending, now, code) => {
    let thrown: unknown = null
    try {
      assertMayRenew({ status: 'open' }, pending, day(now))
    } catch (e) {
      thrown = e
    }
    expect(thrown === null ? null : (thrown as { code: string }).code).toBe(code)
  })

  it('reopens only complaints that are resolved, in follow-up or closed', () => {
    expect(REOPENABLE).toEqual(['resolved', 'follow_up', 'closed'])
  })
})
