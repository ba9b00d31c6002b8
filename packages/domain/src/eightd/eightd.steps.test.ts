import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseStepContent } from './eightd.content'
import { cleanStepContent, emptyStepContent, formStepContent } from './eightd.form'
import {
  assertEditable,
  claimClosesWith,
  currentDiscipline,
  missingDependencies,
  owedBySupplier,
  reviewTransition,
  STEP_DEPENDS_ON,
  submitTransition,
} from './eightd.steps'
import {
  DISCIPLINES,
  type Discipline,
  STEP_REVIEW_STATUSES,
  type StepReviewStatus,
  severityFromComplaint,
} from './eightd.vocabulary'

const claimWith = (approvedUpTo: number) =>
  DISCIPLINES.map((step, i) => ({
    step,
    status: (i < approvedUpTo ? 'approved' : 'draft') as StepReviewStatus,
  }))

describe('step order', () => {
  it('D0 first, then D1…D8 each after the one before', () => {
    expect(STEP_DEPENDS_ON.D0).toEqual([])
    DISCIPLINES.slice(1).forEach((s, i) => {
      expect(STEP_DEPENDS_ON[s]).toEqual([DISCIPLINES[i]])
    })
  })
  it.each([
    ['D0', 0, true],
    ['D1', 0, false],
    ['D1', 1, true],
    ['D3', 2, false],
    ['D3', 3, true],
    ['D4', 3, false],
    ['D8', 7, false],
    ['D8', 8, true],
  ] as const)('%s with %i steps approved may be submitted: %s', (step, approved, ok) => {
    const steps = claimWith(approved)
    const s = steps.find((x) => x.step === step)!
    if (ok) expect(submitTransition(steps, s)).toBe('submitted')
    else expect(() => submitTransition(steps, s)).toThrow(/can be submitted only after/)
  })
  it('property: a step may be submitted exactly when every earlier step is approved', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...STEP_REVIEW_STATUSES), { minLength: 9, maxLength: 9 }),
        fc.integer({ min: 0, max: 8 }),
        (statuses, i) => {
          const steps = DISCIPLINES.map((step, k) => ({ step, status: statuses[k]! }))
          const target = { step: DISCIPLINES[i]!, status: 'draft' as const }
          const earlierApproved = i === 0 || statuses[i - 1] === 'approved'
          expect(missingDependencies(steps, target.step).length === 0).toBe(earlierApproved)
        },
      ),
    )
  })
  it('the current step is the first not approved', () => {
    expect(currentDiscipline(claimWith(0))).toBe('D0')
    expect(currentDiscipline(claimWith(4))).toBe('D4')
    expect(currentDiscipline(claimWith(9))).toBeNull()
  })
})

describe('review states', () => {
  const steps = claimWith(9).map((s) => ({ ...s, status: 'approved' as StepReviewStatus }))
  it.each([
    ['draft', 'submitted'],
    ['rejected', 'resubmitted'],
  ] as const)('%s is submitted as %s', (from, to) => {
    expect(submitTransition(steps, { step: 'D0', status: from })).toBe(to)
  })
  it.each(['submitted', 'resubmitted', 'approved'] as const)('%s cannot be submitted', (status) => {
    expect(() => submitTransition(steps, { step: 'D0', status })).toThrow()
  })
  it.each([
    ['draft', true],
    ['rejected', true],
    ['submitted', false],
    ['resubmitted', false],
    ['approved', false],
  ] as const)('%s is editable: %s', (status, ok) => {
    if (ok) expect(() => assertEditable({ step: 'D2', status })).not.toThrow()
    else expect(() => assertEditable({ step: 'D2', status })).toThrow()
  })
  it('an approved step refuses edits with a clear message', () => {
    expect(() => assertEditable({ step: 'D3', status: 'approved' })).toThrow(
      'D3 is approved and can no longer be changed',
    )
  })
  it.each([
    ['submitted', 'approved', '', 'approved'],
    ['resubmitted', 'approved', '', 'approved'],
    ['submitted', 'rejected', 'add the sorting quantities', 'rejected'],
    ['submitted', 'rejected', '  ', 'EIGHTD.COMMENT_REQUIRED'],
    ['draft', 'approved', '', 'EIGHTD.NOT_UNDER_REVIEW'],
    ['approved', 'rejected', 'x', 'EIGHTD.NOT_UNDER_REVIEW'],
    ['rejected', 'approved', '', 'EIGHTD.NOT_UNDER_REVIEW'],
  ] as const)('%s reviewed as %s (%j) → %s', (status, decision, comment, out) => {
    const run = () => reviewTransition({ step: 'D3', status }, decision, comment)
    if (out.startsWith('EIGHTD.')) expect(run).toThrow(expect.objectContaining({ code: out }))
    else expect(run()).toBe(out)
  })
  it('property: only an approved D8 closes the claim', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Discipline>(...DISCIPLINES),
        fc.constantFrom('approved', 'rejected'),
        (step, d) => {
          expect(claimClosesWith(step, d)).toBe(step === 'D8' && d === 'approved')
        },
      ),
    )
  })
})

describe('structured content', () => {
  it.each([
    ['D0', { members: [{ name: '王工', role: '质量' }], champion: '李总' }, true],
    ['D0', { members: [], champion: '李总' }, false],
    [
      'D1',
      {
        what: '闪烁',
        where: '北京',
        when: '2026-11',
        who: '客户',
        why: '接触不良',
        how: '路试',
        howMany: 12,
      },
      true,
    ],
    [
      'D1',
      {
        what: '闪烁',
        where: '北京',
        when: '2026-11',
        who: '客户',
        why: '接触不良',
        how: '路试',
        howMany: -1,
      },
      false,
    ],
    [
      'D3',
      {
        actions: [{ action: '库存全检', quantitySorted: 200, quantityQuarantined: 14 }],
        firstSuspectedCause: '焊点虚焊',
      },
      true,
    ],
    ['D3', { actions: [], firstSuspectedCause: '焊点虚焊' }, false],
    [
      'D4',
      {
        occurrenceCause: 'a',
        escapeCause: 'b',
        analysis: { kind: 'five_why', whys: ['1', '2'] },
        verification: 'c',
      },
      true,
    ],
    [
      'D4',
      {
        occurrenceCause: 'a',
        escapeCause: 'b',
        analysis: { kind: 'fishbone', categories: { machine: ['焊机温度漂移'] } },
        verification: 'c',
      },
      true,
    ],
    [
      'D4',
      {
        occurrenceCause: 'a',
        escapeCause: 'b',
        analysis: { kind: 'fishbone', categories: {} },
        verification: 'c',
      },
      false,
    ],
    ['D5', { actions: [{ action: '更换焊机', owner: '张工', dueDate: '2026-12-10' }] }, true],
    ['D5', { actions: [{ action: '更换焊机', owner: '', dueDate: '2026-12-10' }] }, false],
    [
      'D6',
      { figures: [{ metric: '不良率', before: 1.2, after: 0.05, unit: '%' }], conclusion: '有效' },
      true,
    ],
    ['D7', { documents: ['WI-12'], fmeaUpdated: true, controlPlanUpdated: true, otherProducts: [] }, true],
    ['D8', { recognition: '感谢团队', remainingOpen: [] }, true],
    ['D8', { remainingOpen: [] }, false],
  ] as const)('%s %j complete: %s', (step, content, ok) => {
    if (ok) expect(() => parseStepContent(step, content)).not.toThrow()
    else
      expect(() => parseStepContent(step, content)).toThrow(
        expect.objectContaining({ code: 'EIGHTD.STEP_INCOMPLETE' }),
      )
  })
})

describe('guided forms', () => {
  it.each(DISCIPLINES)('%s: a blank form is incomplete, a filled one cleans into valid content', (step) => {
    expect(() => parseStepContent(step, cleanStepContent(step, emptyStepContent(step)))).toThrow()
  })
  it('cleaning drops empty rows and list items and converts numbers', () => {
    const form = {
      ...emptyStepContent('D3'),
      actions: [
        { action: ' 隔离 ', quantitySorted: '12', quantityQuarantined: 3 },
        { action: '', quantitySorted: null, quantityQuarantined: null },
      ],
      firstSuspectedCause: ' 虚焊 ',
    }
    expect(cleanStepContent('D3', form)).toEqual({
      actions: [{ action: '隔离', quantitySorted: 12, quantityQuarantined: 3 }],
      firstSuspectedCause: '虚焊',
    })
    expect(() => parseStepContent('D3', cleanStepContent('D3', form))).not.toThrow()
  })
  it('property: a saved draft survives the round trip through the form unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && s.length > 0),
          { minLength: 1, maxLength: 4 },
        ),
        (items) => {
          const saved = {
            documents: items,
            fmeaUpdated: true,
            controlPlanUpdated: false,
            otherProducts: [],
            notes: '',
          }
          expect(cleanStepContent('D7', formStepContent('D7', saved))).toEqual(saved)
        },
      ),
    )
  })
})

describe('opening from a complaint', () => {
  it.each([
    ['major', 'major'],
    ['general', 'minor'],
    ['critical', 'minor'],
    ['', 'minor'],
  ])('a %j complaint opens a %s claim', (complaint, claim) => {
    expect(severityFromComplaint(complaint)).toBe(claim)
  })
})

describe('step transitions: the error each refusal carries', () => {
  const all = claimWith(9)
  const codeOf = (run: () => unknown) => {
    try {
      return run()
    } catch (e) {
      return (e as { code?: string }).code
    }
  }
  it.each([
    ['draft', 'submitted'],
    ['rejected', 'resubmitted'],
    ['approved', 'EIGHTD.STEP_LOCKED'],
    ['submitted', 'EIGHTD.NOT_SUBMITTABLE'],
    ['resubmitted', 'EIGHTD.NOT_SUBMITTABLE'],
  ] as const)('submitting a %s step → %s', (status, out) => {
    expect(codeOf(() => submitTransition(all, { step: 'D4', status }))).toBe(out)
  })
  it.each([
    ['draft', undefined],
    ['rejected', undefined],
    ['approved', 'EIGHTD.STEP_LOCKED'],
    ['submitted', 'EIGHTD.STEP_UNDER_REVIEW'],
    ['resubmitted', 'EIGHTD.STEP_UNDER_REVIEW'],
  ] as const)('editing a %s step → %s', (status, out) => {
    expect(codeOf(() => assertEditable({ step: 'D4', status }))).toBe(out)
  })
  it('an out-of-order submission names the missing steps', () => {
    const steps = [
      { step: 'D0' as const, status: 'approved' as const },
      { step: 'D1' as const, status: 'submitted' as const },
    ]
    expect(() => submitTransition(steps, { step: 'D2', status: 'rejected' })).toThrow(
      expect.objectContaining({ code: 'EIGHTD.OUT_OF_ORDER', details: { missing: ['D1'] } }),
    )
  })
  it.each([
    [[], 'D0', []],
    [[], 'D5', ['D4']],
    [[{ step: 'D4', status: 'approved' }], 'D5', []],
    [[{ step: 'D4', status: 'resubmitted' }], 'D5', ['D4']],
    [[{ step: 'D3', status: 'approved' }], 'D5', ['D4']],
  ] as const)('with %j, %s waits for %j', (steps, step, missing) => {
    expect(missingDependencies(steps, step)).toEqual(missing)
  })
  it.each(STEP_REVIEW_STATUSES)(
    'a %s step is owed by the supplier exactly when they may edit it',
    (status) => {
      expect(owedBySupplier(status)).toBe(codeOf(() => assertEditable({ step: 'D1', status })) === undefined)
    },
  )
  it.each([
    [[], 'D0'],
    [
      [
        { step: 'D0', status: 'approved' },
        { step: 'D1', status: 'submitted' },
        { step: 'D2', status: 'approved' },
      ],
      'D1',
    ],
    [
      DISCIPLINES.map((step) => ({
        step,
        status: (step === 'D8' ? 'rejected' : 'approved') as StepReviewStatus,
      })),
      'D8',
    ],
  ] as const)('with %j the current step is %s', (steps, current) => {
    expect(currentDiscipline(steps)).toBe(current)
  })
})
