import { describe, expect, it } from 'vitest'
import { draftContentSchema, parseStepContent, STEP_CONTENT_SCHEMAS } from './eightd.content'
import { DISCIPLINES, type Discipline } from './eightd.vocabulary'

const PHOTO = '0b7e3c1a-5d2f-4a8e-9c61-2f4d8e9a7b10'
const x = (n: number) => 'x'.repeat(n)

const figure = (metric: string, before: number, after: number, unit: string) => ({
  metric,
  before,
  after,
  unit,
})

/** A complete, valid answer to each step, as a supplier would submit it. */
const valid: Record<Discipline, Record<string, unknown>> = {
  D0: { members: [{ name: '王工', role: '质量', department: '品质部' }], champion: '李总' },
  D1: { what: '闪烁', where: '北京', when: '11月', who: '客户', why: '虚焊', how: '路试', howMany: 12 },
  D2: { data: '不良率 1.2 %', photoIds: [PHOTO] },
  D3: {
    actions: [{ action: '库存全检', quantitySorted: 200, quantityQuarantined: 14 }],
    firstSuspectedCause: '焊点虚焊',
  },
  D4: {
    occurrenceCause: '焊机温度漂移',
    escapeCause: '终检未覆盖',
    analysis: { kind: 'five_why', whys: ['温度低', '传感器老化'] },
    verification: '复现试验',
  },
  D5: { actions: [{ action: '更换焊机', owner: '张工', dueDate: '2026-12-10' }] },
  // two figures: more than one is fine
  D6: { figures: [figure('不良率', 1.2, 0.05, '%'), figure('投诉', 14, 0, '件')], conclusion: '有效' },
  D7: {
    documents: ['WI-12'],
    fmeaUpdated: true,
    controlPlanUpdated: false,
    otherProducts: ['LMP-2'],
    notes: '同步到二号线',
  },
  D8: { recognition: '感谢团队', remainingOpen: ['供应商二级审核'] },
}

/** What a submission fails on: its code and the field named (or null when it passes). */
const failure = (step: Discipline, content: unknown) => {
  try {
    parseStepContent(step, content)
    return null
  } catch (e) {
    return { code: (e as { code?: string }).code, field: (e as { field?: string }).field }
  }
}
const incomplete = (field: string) => ({ code: 'EIGHTD.STEP_INCOMPLETE', field })
const withD = <S extends Discipline>(step: S, over: Record<string, unknown>) => ({ ...valid[step], ...over })

describe('step content: a complete answer parses as itself', () => {
  it.each(DISCIPLINES)('%s', (step) => {
    expect(parseStepContent(step, valid[step])).toEqual(valid[step])
  })
  it('the schemas are the nine steps', () => {
    expect(Object.keys(STEP_CONTENT_SCHEMAS)).toEqual([...DISCIPLINES])
  })
})

describe('step content: defaults and trimming', () => {
  it.each([
    [
      'D0',
      { members: [{ name: ' 王工 ', role: ' 质量 ' }], champion: ' 李总 ' },
      { members: [{ name: '王工', role: '质量', department: '' }], champion: '李总' },
    ],
    [
      'D0',
      { members: [{ name: '王工', role: '质量', department: ' 品质部 ' }], champion: '李总' },
      { members: [{ name: '王工', role: '质量', department: '品质部' }], champion: '李总' },
    ],
    ['D2', { data: ' 数据 ' }, { data: '数据', photoIds: [] }],
    [
      'D6',
      { figures: [{ metric: '不良率', before: 1, after: 0, unit: ' % ' }], conclusion: '有效' },
      { figures: [{ metric: '不良率', before: 1, after: 0, unit: '%' }], conclusion: '有效' },
    ],
    [
      'D6',
      { figures: [{ metric: '不良率', before: 1, after: 0 }], conclusion: '有效' },
      { figures: [{ metric: '不良率', before: 1, after: 0, unit: '' }], conclusion: '有效' },
    ],
    [
      'D7',
      { documents: ['WI-12'], fmeaUpdated: false, controlPlanUpdated: true },
      { documents: ['WI-12'], fmeaUpdated: false, controlPlanUpdated: true, otherProducts: [], notes: '' },
    ],
    [
      'D7',
      { documents: [' WI-12 '], fmeaUpdated: false, controlPlanUpdated: true, notes: ' 说明 ' },
      {
        documents: ['WI-12'],
        fmeaUpdated: false,
        controlPlanUpdated: true,
        otherProducts: [],
        notes: '说明',
      },
    ],
    ['D8', { recognition: '感谢' }, { recognition: '感谢', remainingOpen: [] }],
    [
      'D4',
      {
        occurrenceCause: 'a',
        escapeCause: 'b',
        analysis: { kind: 'fishbone', categories: { machine: [' 焊机 '] } },
        verification: 'c',
      },
      {
        occurrenceCause: 'a',
        escapeCause: 'b',
        analysis: {
          kind: 'fishbone',
          categories: {
            man: [],
            machine: ['焊机'],
            material: [],
            method: [],
            measurement: [],
            environment: [],
          },
        },
        verification: 'c',
      },
    ],
  ] as const)('%s %j → %j', (step, content, parsed) => {
    expect(parseStepContent(step, content)).toEqual(parsed)
  })
})

describe('step content: what is refused, on which field', () => {
  it.each([
    ['D0', 'not an object', 'null', null, incomplete('content')],
    ['D0', 'a blank name', 'members', [{ name: '   ', role: '质量' }], incomplete('content.members.0.name')],
    ['D0', 'no team', 'members', [], incomplete('content.members')],
    ['D0', 'a name of 60', 'members', [{ name: x(60), role: 'r' }], null],
    ['D0', 'a name of 61', 'members', [{ name: x(61), role: 'r' }], incomplete('content.members.0.name')],
    ['D0', 'a department of 60', 'members', [{ name: 'n', role: 'r', department: x(60) }], null],
    [
      'D0',
      'a department of 61',
      'members',
      [{ name: 'n', role: 'r', department: x(61) }],
      incomplete('content.members.0.department'),
    ],
    ['D0', '20 members', 'members', Array(20).fill({ name: 'n', role: 'r' }), null],
    ['D0', '21 members', 'members', Array(21).fill({ name: 'n', role: 'r' }), incomplete('content.members')],
    ['D1', 'what of 2000', 'what', x(2000), null],
    ['D1', 'what of 2001', 'what', x(2001), incomplete('content.what')],
    ['D1', 'when of 200', 'when', x(200), null],
    ['D1', 'when of 201', 'when', x(201), incomplete('content.when')],
    ['D1', 'no parts', 'howMany', 0, null],
    ['D1', 'half a part', 'howMany', 1.5, incomplete('content.howMany')],
    ['D1', 'a negative count', 'howMany', -1, incomplete('content.howMany')],
    ['D2', 'a photo that is not an id', 'photoIds', ['photo.jpg'], incomplete('content.photoIds.0')],
    ['D2', '20 photos', 'photoIds', Array(20).fill(PHOTO), null],
    ['D2', '21 photos', 'photoIds', Array(21).fill(PHOTO), incomplete('content.photoIds')],
    ['D2', 'data of 4000', 'data', x(4000), null],
    ['D2', 'data of 4001', 'data', x(4001), incomplete('content.data')],
    [
      'D3',
      'a negative quarantine',
      'actions',
      [{ action: 'a', quantitySorted: 1, quantityQuarantined: -1 }],
      incomplete('content.actions.0.quantityQuarantined'),
    ],
    [
      'D3',
      '21 actions',
      'actions',
      Array(21).fill({ action: 'a', quantitySorted: 1, quantityQuarantined: 0 }),
      incomplete('content.actions'),
    ],
    ['D4', 'no whys', 'analysis', { kind: 'five_why', whys: [] }, incomplete('content.analysis.whys')],
    ['D4', '7 whys', 'analysis', { kind: 'five_why', whys: Array(7).fill('w') }, null],
    [
      'D4',
      '8 whys',
      'analysis',
      { kind: 'five_why', whys: Array(8).fill('w') },
      incomplete('content.analysis.whys'),
    ],
    [
      'D4',
      'an unknown analysis',
      'analysis',
      { kind: 'pareto', whys: ['w'] },
      incomplete('content.analysis.kind'),
    ],
    [
      'D4',
      'an empty fishbone',
      'analysis',
      { kind: 'fishbone', categories: { man: [], method: [] } },
      incomplete('content.analysis.categories'),
    ],
    [
      'D4',
      '11 causes in a category',
      'analysis',
      { kind: 'fishbone', categories: { man: Array(11).fill('c') } },
      incomplete('content.analysis.categories.man'),
    ],
    [
      'D5',
      'a due date that does not exist',
      'actions',
      [{ action: 'a', owner: 'o', dueDate: '2026-02-30' }],
      incomplete('content.actions.0.dueDate'),
    ],
    ['D5', 'no actions', 'actions', [], incomplete('content.actions')],
    [
      'D6',
      'an infinite figure',
      'figures',
      [{ metric: 'm', before: Number.POSITIVE_INFINITY, after: 0 }],
      incomplete('content.figures.0.before'),
    ],
    ['D6', 'no figures', 'figures', [], incomplete('content.figures')],
    [
      'D6',
      'a unit of 21',
      'figures',
      [{ metric: 'm', before: 1, after: 0, unit: x(21) }],
      incomplete('content.figures.0.unit'),
    ],
    ['D6', 'a unit of 20', 'figures', [{ metric: 'm', before: 1, after: 0, unit: x(20) }], null],
    ['D7', 'no documents', 'documents', [], incomplete('content.documents')],
    ['D7', 'FMEA not said', 'fmeaUpdated', undefined, incomplete('content.fmeaUpdated')],
    ['D7', 'notes of 2000', 'notes', x(2000), null],
    ['D7', 'notes of 2001', 'notes', x(2001), incomplete('content.notes')],
    ['D7', '21 other products', 'otherProducts', Array(21).fill('p'), incomplete('content.otherProducts')],
    ['D8', 'a blank open item', 'remainingOpen', ['  '], incomplete('content.remainingOpen.0')],
    ['D8', '21 open items', 'remainingOpen', Array(21).fill('o'), incomplete('content.remainingOpen')],
  ] as const)('%s, %s', (step, _, key, value, expected) => {
    const content = key === 'null' ? null : withD(step, { [key]: value })
    expect(failure(step, content)).toEqual(expected)
  })
})

describe('a draft: any JSON object up to 50 000 characters', () => {
  // {"a":"…"} is 8 characters around the text
  it.each([
    ['exactly 50 000 characters', true, { a: x(49_992) }],
    ['50 001 characters', false, { a: x(49_993) }],
    ['empty', true, {}],
    ['half a D1', true, { what: '闪烁', howMany: null }],
  ])('%s: valid %s', (_, ok, draft) => {
    expect(draftContentSchema.safeParse(draft).success).toBe(ok)
  })
  it.each([[[]], ['text'], [null]])('%j is not a draft', (draft) => {
    expect(draftContentSchema.safeParse(draft).success).toBe(false)
  })
})
