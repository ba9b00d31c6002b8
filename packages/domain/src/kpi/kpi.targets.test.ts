import { describe, expect, it } from 'vitest'
import { FIGURE_IDS } from './kpi.figures'
import { change, DEFAULT_TARGETS, rag, type Target, targetSchema, targetSetSchema } from './kpi.targets'

describe('red / amber / green at the boundaries of each comparison', () => {
  const t = (op: Target['op']): Target => ({ figure: 'csi', op, value: 75, amber: 5 })
  it.each([
    ['>=', 75, 'green'],
    ['>=', 74.9, 'amber'],
    ['>=', 70, 'amber'],
    ['>=', 69.9, 'red'],
    ['>', 75.1, 'green'],
    ['>', 75, 'amber'],
    ['<=', 75, 'green'],
    ['<=', 75.1, 'amber'],
    ['<=', 80, 'amber'],
    ['<=', 80.1, 'red'],
    ['<', 74.9, 'green'],
    ['<', 75, 'amber'],
    ['<', 81, 'red'],
  ] as const)('%s 75 (amber 5) with %d → %s', (op, v, want) => {
    expect(rag(v, t(op))).toBe(want)
  })
  it('no value or no target: none', () => {
    expect(rag(null, t('>='))).toBe('none')
    expect(rag(80, undefined)).toBe('none')
  })
  it('an amber band of zero: any miss is red', () => {
    expect(rag(99.9, { figure: 'closure_rate', op: '>=', value: 100, amber: 0 })).toBe('red')
  })
})

describe('the change against the previous period', () => {
  it.each([
    [80, 75, 5],
    [75.04, 75, 0],
    [75.06, 75, 0.1],
    [60, 100, -40],
    [null, 75, null],
    [80, null, null],
    [null, null, null],
  ])('%s after %s → %s', (now, before, want) => {
    expect(change(now, before)).toBe(want)
  })
})

describe('targets HQ saves', () => {
  const ok: Target = { figure: 'csi', op: '>', value: 75, amber: 5 }
  it.each([
    [ok, 'ok'],
    [{ ...ok, op: '=' }, 'op'],
    [{ ...ok, op: '' }, 'op'],
    [{ ...ok, figure: 'happiness' }, 'figure'],
    [{ ...ok, value: Number.POSITIVE_INFINITY }, 'value'],
    [{ ...ok, amber: -0.1 }, 'amber'],
    [{ ...ok, amber: 0 }, 'ok'],
    [{ ...ok, amber: Number.NaN }, 'amber'],
  ])('%j → %s', (input, field) => {
    const r = targetSchema.safeParse(input)
    expect(r.success ? 'ok' : r.error.issues[0]!.path.join('.')).toBe(field)
  })
  it.each(['>=', '>', '<=', '<'] as const)('accepts the comparison %s', (op) => {
    expect(targetSchema.safeParse({ ...ok, op }).success).toBe(true)
  })
  it('one target per figure, named on the first row', () => {
    const r = targetSetSchema.safeParse([ok, { ...ok, value: 80 }])
    expect(r.success).toBe(false)
    expect(r.error!.issues[0]).toMatchObject({ message: 'One target per figure', path: [0, 'figure'] })
    expect(targetSetSchema.safeParse([ok]).success).toBe(true)
    expect(targetSetSchema.safeParse([]).success).toBe(true)
  })
  it('no more targets than figures', () => {
    const all = FIGURE_IDS.map((figure) => ({ ...ok, figure }))
    expect(targetSetSchema.safeParse(all).success).toBe(true)
    expect(targetSetSchema.safeParse([...all, ok]).success).toBe(false)
  })
})

describe('the default targets', () => {
  it('pass the same validation as HQ’s own', () => {
    expect(targetSetSchema.parse(DEFAULT_TARGETS)).toEqual(DEFAULT_TARGETS)
  })
  it('carry the targets the complaint rules state', () => {
    const by = new Map(DEFAULT_TARGETS.map((t) => [t.figure, t]))
    expect(by.get('closure_rate')).toMatchObject({ op: '>=', value: 100 })
    expect(by.get('handling_satisfaction')).toMatchObject({ op: '>=', value: 70 })
    expect(by.get('csi')).toMatchObject({ op: '>', value: 75 })
    expect(by.get('complaint_rate')).toMatchObject({ op: '<', value: 1 })
  })
})
