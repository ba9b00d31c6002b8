import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseStepContent } from './eightd.content'
import {
  cleanStepContent,
  emptyStepContent,
  FORM_FIELD_LABELS,
  type FormField,
  formStepContent,
  STEP_FORMS,
  STEP_HINTS,
} from './eightd.form'
import { DISCIPLINES, type Discipline } from './eightd.vocabulary'

const blankD1 = { what: '', where: '', when: '', who: '', why: '', how: '', howMany: null }
const blankD4 = {
  occurrenceCause: '',
  escapeCause: '',
  analysis: { kind: 'five_why', whys: [] },
  verification: '',
}

/** What a supplier types into each kind of input: padded text, numbers as text, one blank row or item. */
const typed = { text: ' t ', textarea: ' long text ', number: '3', date: '2026-12-10' } as const
function fill(f: FormField): unknown {
  switch (f.kind) {
    case 'text':
    case 'textarea':
    case 'number':
      return typed[f.kind]
    case 'bool':
      return true
    case 'list':
      return [' item ', '']
    case 'analysis':
      return { kind: 'five_why', whys: [' why ', ''], categories: {} }
    case 'rows':
      return [Object.fromEntries(f.columns.map((c) => [c.key, typed[c.kind]])), {}]
  }
}
const filled = (step: Discipline) => Object.fromEntries(STEP_FORMS[step].map((f) => [f.key, fill(f)]))

/** The content each filled form cleans into — exactly what its content schema accepts. */
const cleaned: Record<Discipline, Record<string, unknown>> = {
  D0: { members: [{ name: 't', role: 't', department: 't' }], champion: 't' },
  D1: {
    what: 'long text',
    where: 't',
    when: 't',
    who: 't',
    why: 'long text',
    how: 'long text',
    howMany: 3,
  },
  D2: { data: 'long text' },
  D3: {
    actions: [{ action: 't', quantitySorted: 3, quantityQuarantined: 3 }],
    firstSuspectedCause: 'long text',
  },
  D4: {
    occurrenceCause: 'long text',
    escapeCause: 'long text',
    analysis: { kind: 'five_why', whys: ['why'] },
    verification: 'long text',
  },
  D5: { actions: [{ action: 't', owner: 't', dueDate: '2026-12-10' }] },
  D6: { figures: [{ metric: 't', before: 3, after: 3, unit: 't' }], conclusion: 'long text' },
  D7: {
    documents: ['item'],
    fmeaUpdated: true,
    controlPlanUpdated: true,
    otherProducts: ['item'],
    notes: 'long text',
  },
  D8: { recognition: 'long text', remainingOpen: ['item'] },
}

describe('guided forms match the content schemas', () => {
  it.each(DISCIPLINES)('%s: a filled form cleans into exactly the content the schema accepts', (step) => {
    const content = cleanStepContent(step, filled(step))
    expect(content).toEqual(cleaned[step])
    const parsed = parseStepContent(step, content)
    expect(parsed).toMatchObject(cleaned[step])
  })
})

describe('a blank form', () => {
  it.each([
    ['D0', { members: [{ name: '', role: '', department: '' }], champion: '' }],
    ['D1', { what: '', where: '', when: '', who: '', why: '', how: '', howMany: null }],
    ['D2', { data: '' }],
    [
      'D3',
      { actions: [{ action: '', quantitySorted: null, quantityQuarantined: null }], firstSuspectedCause: '' },
    ],
    [
      'D4',
      {
        occurrenceCause: '',
        escapeCause: '',
        analysis: { kind: 'five_why', whys: [''], categories: {} },
        verification: '',
      },
    ],
    ['D5', { actions: [{ action: '', owner: '', dueDate: '' }] }],
    ['D6', { figures: [{ metric: '', before: null, after: null, unit: '' }], conclusion: '' }],
    [
      'D7',
      { documents: [''], fmeaUpdated: false, controlPlanUpdated: false, otherProducts: [''], notes: '' },
    ],
    ['D8', { recognition: '', remainingOpen: [''] }],
  ] as const)('%s: %j', (step, blank) => {
    expect(emptyStepContent(step)).toEqual(blank)
  })
  it.each(DISCIPLINES)('%s: a blank form cleans into an empty answer', (step) => {
    const content = cleanStepContent(step, emptyStepContent(step))
    for (const f of STEP_FORMS[step]) {
      const v = content[f.key]
      if (f.kind === 'rows' || f.kind === 'list') expect(v).toEqual([])
      else if (f.kind === 'number') expect(v).toBeNull()
      else if (f.kind === 'bool') expect(v).toBe(false)
      else if (f.kind === 'analysis') expect(v).toEqual({ kind: 'five_why', whys: [] })
      else expect(v).toBe('')
    }
  })
})

describe('a saved draft on the form', () => {
  it.each([
    ['nothing saved', 'D8', {}, { recognition: '', remainingOpen: [''] }],
    [
      'an empty list keeps the blank item',
      'D8',
      { remainingOpen: [] },
      { recognition: '', remainingOpen: [''] },
    ],
    [
      'a list saved as text stays as saved',
      'D8',
      { remainingOpen: '' },
      { recognition: '', remainingOpen: '' },
    ],
    [
      'only tables and lists fall back when empty',
      'D8',
      { recognition: [] },
      { recognition: [], remainingOpen: [''] },
    ],
    [
      'saved values win',
      'D8',
      { recognition: '感谢', remainingOpen: ['a', 'b'], extra: 1 },
      { recognition: '感谢', remainingOpen: ['a', 'b'] },
    ],
    [
      'an empty table keeps the blank row',
      'D5',
      { actions: [] },
      { actions: [{ action: '', owner: '', dueDate: '' }] },
    ],
    [
      'a saved table',
      'D5',
      { actions: [{ action: 'a', owner: 'o', dueDate: '2026-12-10' }] },
      { actions: [{ action: 'a', owner: 'o', dueDate: '2026-12-10' }] },
    ],
    [
      'a saved null number stays null',
      'D1',
      { howMany: null, what: 'w' },
      { ...emptyStepContent('D1'), what: 'w' },
    ],
    ['a saved number', 'D1', { howMany: 0 }, { ...emptyStepContent('D1'), howMany: 0 }],
    ['a saved false', 'D7', { fmeaUpdated: false, notes: '' }, emptyStepContent('D7')],
    [
      'a fishbone keeps the blank whys beside it',
      'D4',
      { analysis: { kind: 'fishbone', categories: { man: ['x'] } } },
      { ...emptyStepContent('D4'), analysis: { kind: 'fishbone', whys: [''], categories: { man: ['x'] } } },
    ],
    [
      'saved whys',
      'D4',
      { analysis: { kind: 'five_why', whys: ['1', '2'] } },
      { ...emptyStepContent('D4'), analysis: { kind: 'five_why', whys: ['1', '2'], categories: {} } },
    ],
  ] as const)('%s', (_, step, saved, form) => {
    expect(formStepContent(step, saved)).toEqual(form)
  })
})

describe('cleaning what the form holds', () => {
  it.each([
    [
      'numbers from text, blanks to null, text trimmed, empty rows dropped',
      'D3',
      {
        actions: [
          { action: ' 隔离 ', quantitySorted: '12', quantityQuarantined: '  ' },
          { action: '', quantitySorted: null, quantityQuarantined: '' },
          { action: null, quantitySorted: 0 },
        ],
        firstSuspectedCause: null,
      },
      {
        actions: [
          { action: '隔离', quantitySorted: 12, quantityQuarantined: null },
          { action: '', quantitySorted: 0, quantityQuarantined: null },
        ],
        firstSuspectedCause: '',
      },
    ],
    ['a table that is not a list', 'D5', { actions: 'x' }, { actions: [] }],
    [
      'a row with only a blank text',
      'D5',
      { actions: [{ action: ' ', owner: '', dueDate: '' }] },
      { actions: [] },
    ],
    [
      'a row with only a date',
      'D5',
      { actions: [{ dueDate: '2026-12-10' }] },
      { actions: [{ action: '', owner: '', dueDate: '2026-12-10' }] },
    ],
    [
      'list items trimmed, blanks and nulls dropped; a list that is not one is empty',
      'D8',
      { recognition: ' 谢谢 ', remainingOpen: [' a ', '', null, '  ', 'b'] },
      { recognition: '谢谢', remainingOpen: ['a', 'b'] },
    ],
    ['a list that is not a list', 'D8', { remainingOpen: 'a' }, { recognition: '', remainingOpen: [] }],
    ['a number from text', 'D1', { howMany: ' 7 ' }, { ...blankD1, howMany: 7 }],
    ['a blank number', 'D1', { howMany: '  ' }, blankD1],
    ['zero', 'D1', { howMany: 0 }, { ...blankD1, howMany: 0 }],
    [
      'only true is true',
      'D7',
      { documents: ['d'], fmeaUpdated: 'true', controlPlanUpdated: true, otherProducts: null, notes: 5 },
      { documents: ['d'], fmeaUpdated: false, controlPlanUpdated: true, otherProducts: [], notes: '5' },
    ],
    [
      'a fishbone: items trimmed, blanks dropped, a category that is not a list empty',
      'D4',
      { analysis: { kind: 'fishbone', whys: ['w'], categories: { man: [' a ', '', null], machine: 'x' } } },
      { ...blankD4, analysis: { kind: 'fishbone', categories: { man: ['a'], machine: [] } } },
    ],
    [
      'a fishbone without categories',
      'D4',
      { analysis: { kind: 'fishbone' } },
      { ...blankD4, analysis: { kind: 'fishbone', categories: {} } },
    ],
    [
      'whys trimmed, blanks dropped',
      'D4',
      { analysis: { kind: 'five_why', whys: [' 1 ', '', null, '2'], categories: { man: ['x'] } } },
      { ...blankD4, analysis: { kind: 'five_why', whys: ['1', '2'] } },
    ],
    ['whys that are not a list', 'D4', { analysis: { whys: 'x' } }, blankD4],
    ['no analysis at all', 'D4', { analysis: null }, blankD4],
  ] as const)('%s', (_, step, form, content) => {
    expect(cleanStepContent(step, form)).toEqual(content)
  })

  it('property: cleaning is idempotent', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DISCIPLINES),
        fc.dictionary(
          fc.constantFrom('members', 'actions', 'documents', 'howMany', 'fmeaUpdated', 'analysis', 'what'),
          fc.oneof(
            fc.string(),
            fc.integer(),
            fc.boolean(),
            fc.constant(null),
            fc.array(fc.string()),
            fc.array(
              fc.dictionary(fc.constantFrom('action', 'name', 'quantitySorted'), fc.string(), {
                noNullPrototype: true,
              }),
            ),
          ),
          { noNullPrototype: true },
        ),
        (step, form) => {
          const once = cleanStepContent(step, form)
          expect(cleanStepContent(step, once)).toEqual(once)
        },
      ),
    )
  })
})

const hasHan = (s: string) => /\p{Script=Han}/u.test(s)

describe('labels and hints', () => {
  const keys = [
    ...new Set(
      DISCIPLINES.flatMap((s) =>
        STEP_FORMS[s].flatMap((f) => [f.key, ...(f.kind === 'rows' ? f.columns.map((c) => c.key) : [])]),
      ),
    ),
    'five_why',
    'fishbone',
    'whys',
  ]
  it.each(keys)('%s has a Chinese and an English label', (key) => {
    const label = FORM_FIELD_LABELS[key]
    expect(hasHan(label?.zh ?? '')).toBe(true)
    expect(label?.en.trim()).not.toBe('')
  })
  it('no label for a field no form has', () => {
    expect(Object.keys(FORM_FIELD_LABELS).sort()).toEqual([...keys].sort())
  })
  it.each(DISCIPLINES)('%s has a hint in Chinese and English', (step) => {
    expect(hasHan(STEP_HINTS[step].zh)).toBe(true)
    expect(STEP_HINTS[step].en.length).toBeGreaterThan(10)
  })
})
