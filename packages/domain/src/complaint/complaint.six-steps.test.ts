import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SIX_STEPS, type SixStepFacts, sixStepProgress } from './complaint.six-steps'
import { STATUSES } from './complaint.status'

const none: SixStepFacts = {
  status: 'new',
  storyRecorded: false,
  mindsets: 0,
  attachments: 0,
  solutions: 0,
  approvedCompensations: 0,
  followUpRecorded: false,
}
const states = (f: Partial<SixStepFacts>) =>
  sixStepProgress({ ...none, ...f })
    .map((s) => s.state)
    .join(' ')

describe('the six-step indicator follows the case', () => {
  it.each([
    ['a new case asks for the story', {}, 'current todo todo todo todo todo'],
    [
      'a responded case with its story asks for the mindset',
      { status: 'responded', storyRecorded: true },
      'done current todo todo todo todo',
    ],
    [
      'in progress: the first step not recorded',
      { status: 'in_progress', storyRecorded: true, mindsets: 1 },
      'done done current todo todo todo',
    ],
    [
      'in progress with story…solution recorded: calming',
      { status: 'in_progress', storyRecorded: true, mindsets: 1, attachments: 1, solutions: 2 },
      'done done done done current todo',
    ],
    [
      'waiting on parts is still working the case',
      { status: 'awaiting_parts', storyRecorded: true },
      'done current todo todo todo todo',
    ],
    // The defect: in follow-up the mindset was shown current and calming ticked with no compensation.
    [
      'in follow-up with no mindset and no compensation: both missed, following current',
      { status: 'follow_up', storyRecorded: true, attachments: 1, solutions: 1 },
      'done missed done done missed current',
    ],
    [
      'resolved with goodwill approved: following ahead',
      {
        status: 'resolved',
        storyRecorded: true,
        mindsets: 1,
        attachments: 1,
        solutions: 1,
        approvedCompensations: 1,
      },
      'done done done done done todo',
    ],
    [
      'resolved without goodwill: calming is current',
      { status: 'resolved', storyRecorded: true, mindsets: 1, attachments: 1, solutions: 1 },
      'done done done done current todo',
    ],
    [
      'closed with everything recorded',
      {
        status: 'closed',
        storyRecorded: true,
        mindsets: 1,
        attachments: 1,
        solutions: 1,
        approvedCompensations: 1,
        followUpRecorded: true,
      },
      'done done done done done done',
    ],
    [
      'resolved with the story missing: calming is current, the story missed (not asked for again)',
      { status: 'resolved', mindsets: 1 },
      'missed done missed missed current todo',
    ],
    [
      'a responded case without its story still asks for the story',
      { status: 'responded' },
      'current todo todo todo todo todo',
    ],
    [
      'a responded case asks for story and mindset only: with both recorded, nothing is current yet',
      { status: 'responded', storyRecorded: true, mindsets: 1 },
      'done done todo todo todo todo',
    ],
    [
      'in progress with story…calming recorded: following is not asked for before the result',
      {
        status: 'in_progress',
        storyRecorded: true,
        mindsets: 1,
        attachments: 1,
        solutions: 1,
        approvedCompensations: 1,
      },
      'done done done done done todo',
    ],
    [
      'in progress with the story missing: the story is current, nothing is missed yet',
      { status: 'in_progress', mindsets: 1, solutions: 1 },
      'current done todo done todo todo',
    ],
    [
      'closed with nothing recorded: all missed, none current',
      { status: 'closed' },
      'missed missed missed missed missed missed',
    ],
  ] as const)('%s', (_, facts, expected) => {
    expect(states(facts as Partial<SixStepFacts>)).toBe(expected)
  })

  const facts = fc.record({
    status: fc.constantFrom(...STATUSES),
    storyRecorded: fc.boolean(),
    mindsets: fc.nat(3),
    attachments: fc.nat(3),
    solutions: fc.nat(3),
    approvedCompensations: fc.nat(3),
    followUpRecorded: fc.boolean(),
  })

  it('at most one step is current, none after it is missed and none before it is todo', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const s = sixStepProgress(f).map((x) => x.state)
        const at = s.indexOf('current')
        expect(s.filter((x) => x === 'current').length).toBeLessThanOrEqual(1)
        if (at >= 0) {
          expect(s.slice(at + 1)).not.toContain('missed')
          expect(s.slice(0, at)).not.toContain('todo')
        }
        expect(s).toHaveLength(SIX_STEPS.length)
      }),
    )
  })

  it('a step is ticked exactly when the case holds its record, whatever the state', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const done = sixStepProgress(f).map((x) => x.state === 'done')
        expect(done).toEqual([
          f.storyRecorded,
          f.mindsets > 0,
          f.attachments > 0,
          f.solutions > 0,
          f.approvedCompensations > 0,
          f.followUpRecorded,
        ])
      }),
    )
  })
})
