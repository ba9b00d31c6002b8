import { describe, expect, it } from 'vitest'
import type { z } from 'zod'

// The schemas are built when their modules load. Nothing is imported from them at the top: each test
// loads the module, so a schema that cannot be built fails a named test here instead of only stopping
// other test files from loading.
/** The issues of a refusal: where, of what kind (the domain's own checks are custom issues) and what. */
type Issues = [string, string, string][]
async function parse(name: string, input: unknown): Promise<{ ok: unknown } | { bad: Issues }> {
  const m = { ...(await import('./kpi.schema')), ...(await import('./kpi.reports')) } as unknown as Record<
    string,
    z.ZodType
  >
  const r = m[name]!.safeParse(input)
  return r.success
    ? { ok: r.data }
    : { bad: r.error.issues.map((i) => [i.path.join('.'), i.code, i.message]) }
}

const ID = '0b5f3c1e-8d2a-4c6b-9e7f-1a2b3c4d5e6f'
const march = { from: '2026-03-01', to: '2026-03-31' }

describe('accepted as given (extra fields dropped)', () => {
  // biome-ignore format: a table reads better in columns
  it.each<[string, string, unknown, unknown]>([
    ['scopeSchema', 'all', { kind: 'all', region: 'north' }, { kind: 'all' }],
    ['scopeSchema', 'a region', { kind: 'region', region: 'north' }, { kind: 'region', region: 'north' }],
    ['scopeSchema', 'a station', { kind: 'station', stationId: ID }, { kind: 'station', stationId: ID }],
    ['scopeSchema', 'a product line', { kind: 'product_line', productLineId: ID }, { kind: 'product_line', productLineId: ID }],
    ['scopeSchema', 'a supplier', { kind: 'supplier', supplierId: ID }, { kind: 'supplier', supplierId: ID }],
    ['periodSchema', 'a month', march, march],
    ['warrantyBudgetSchema', 'zero', { month: '2026-03', budgetFen: 0 }, { month: '2026-03', budgetFen: 0 }],
    ['warrantyBudgetSchema', 'a budget', { month: '2026-03', budgetFen: 2_000_000, x: 1 }, { month: '2026-03', budgetFen: 2_000_000 }],
    ['warrantyBudgetSchema', 'the largest', { month: '2026-12', budgetFen: 1e13 }, { month: '2026-12', budgetFen: 1e13 }],
    ['reportKeySchema', 'a week', { kind: 'weekly', key: '2026-W10' }, { kind: 'weekly', key: '2026-W10' }],
    ['reportKeySchema', 'a month', { kind: 'monthly', key: '2026-03' }, { kind: 'monthly', key: '2026-03' }],
  ])('%s: %s', async (schema, _, input, want) => expect(await parse(schema, input)).toEqual({ ok: want }))
})

describe('refused, at the field that is wrong', () => {
  // biome-ignore format: a table reads better in columns
  it.each<[string, string, unknown, string]>([
    ['scopeSchema', 'a region without a name', { kind: 'region' }, 'region'],
    ['scopeSchema', 'an empty region', { kind: 'region', region: '' }, 'region'],
    ['scopeSchema', 'a station that is not an id', { kind: 'station', stationId: 'x' }, 'stationId'],
    ['scopeSchema', 'a product line without an id', { kind: 'product_line' }, 'productLineId'],
    ['scopeSchema', 'a supplier that is not an id', { kind: 'supplier', supplierId: 'x' }, 'supplierId'],
    ['warrantyBudgetSchema', 'a negative budget', { month: '2026-03', budgetFen: -1 }, 'budgetFen'],
    ['warrantyBudgetSchema', 'a budget too large', { month: '2026-03', budgetFen: 1e13 + 1 }, 'budgetFen'],
    ['warrantyBudgetSchema', 'part of a fen', { month: '2026-03', budgetFen: 1.5 }, 'budgetFen'],
    ['warrantyBudgetSchema', 'month 13', { month: '2026-13', budgetFen: 1 }, 'month'],
    ['warrantyBudgetSchema', 'no month', { budgetFen: 1 }, 'month'],
  ])('%s: %s', async (schema, _, input, path) => {
    const r = await parse(schema, input)
    expect('bad' in r && r.bad.map(([p]) => p)).toEqual([path])
  })
})

describe('refused with the domain’s own words', () => {
  const DATES = 'Dates are written YYYY-MM-DD'
  const WEEK = 'A week is written YYYY-Www (ISO week)'
  // biome-ignore format: a table reads better in columns
  it.each<[string, string, unknown, Issues]>([
    ['periodSchema', 'a date with something after it', { from: '2026-03-01x', to: '2026-03-31' }, [['from', 'invalid_format', 'YYYY-MM-DD'], ['to', 'custom', DATES]]],
    ['periodSchema', 'a date with something before it', { from: '2026-03-01', to: 'x2026-03-31' }, [['to', 'invalid_format', 'YYYY-MM-DD'], ['to', 'custom', DATES]]],
    ['periodSchema', 'ends before it starts', { from: '2026-03-02', to: '2026-03-01' }, [['to', 'custom', 'The period ends before it starts']]],
    ['periodSchema', 'not a calendar date', { from: '2026-02-30', to: '2026-03-01' }, [['to', 'custom', DATES]]],
    ['reportKeySchema', 'week 54', { kind: 'weekly', key: '2026-W54' }, [['key', 'custom', WEEK]]],
    ['reportKeySchema', 'a month as a week', { kind: 'weekly', key: '2026-03' }, [['key', 'custom', WEEK]]],
    ['reportKeySchema', 'a week as a month', { kind: 'monthly', key: '2026-W10' }, [['key', 'custom', 'A month is written YYYY-MM']]],
  ])('%s: %s', async (schema, _, input, issues) => expect(await parse(schema, input)).toEqual({ bad: issues }))
})
