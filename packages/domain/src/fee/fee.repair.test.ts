import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../shared/china-time'
import {
  hoursSchema,
  hundredthsOf,
  isoDateSchema,
  partCodeSchema,
  productLineCodeSchema,
  repairFields,
  repairInputSchema,
  withRepairChecks,
} from './fee.repair'

type Parsed = { success: boolean; data?: unknown; error?: { issues: { path: PropertyKey[] }[] } }
/** The path of the first issue, 'ok' when the input parses. */
const firstPath = (r: Parsed) => (r.success ? 'ok' : r.error!.issues[0]!.path.join('.') || '(root)')

describe('codes and dates of a repair', () => {
  it.each([
    ['HL-001', 'HL-001'],
    ['  hl-001 ', 'HL-001'],
    ['a.b_c/d-e', 'A.B_C/D-E'],
    ['9', '9'],
    [`A${'1'.repeat(39)}`, `A${'1'.repeat(39)}`],
  ])('part code %j reads %j', (input, code) => {
    expect(partCodeSchema.parse(input)).toBe(code)
  })
  it.each(['', '-HL', '.HL', 'HL 001', 'HL-001 X', `A${'1'.repeat(40)}`, 'HL+1', '配件'])(
    'part code %j is refused',
    (input) => {
      expect(partCodeSchema.safeParse(input).success).toBe(false)
    },
  )

  it.each([
    ['H5', 'H5'],
    [' h5 ', 'H5'],
    ['-X-', '-X-'],
    ['A'.repeat(20), 'A'.repeat(20)],
  ])('product line code %j reads %j', (input, code) => {
    expect(productLineCodeSchema.parse(input)).toBe(code)
  })
  it.each(['', 'H 5', 'H5 X', ' H5.', 'A'.repeat(21), 'H_5'])('product line code %j is refused', (input) => {
    expect(productLineCodeSchema.safeParse(input).success).toBe(false)
  })

  it.each([
    ['2026-01-01', '2026-01-01'],
    [' 2026-02-28 ', '2026-02-28'],
  ])('date %j reads %j', (input, date) => {
    expect(isoDateSchema.parse(input)).toBe(date)
  })
  it.each(['2026-02-30', '2026-1-01', '', '01/02/2026'])('date %j is refused', (input) => {
    expect(isoDateSchema.safeParse(input).success).toBe(false)
  })
})

describe('labour hours: more than 0, at most 200, in steps of 0.01', () => {
  it.each([
    [0.01, true],
    [1.25, true],
    [2.5, true],
    [0.29, true],
    [1.15, true],
    [200, true],
    [0, false],
    [-1, false],
    [200.01, false],
    [1.005, false],
    [0.001, false],
    [1.2345, false],
  ])('%d h → %s', (hours, ok) => {
    expect(hoursSchema.safeParse(hours).success).toBe(ok)
  })

  it('every whole count of hundredths up to 200 h is accepted and read back exactly (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), (n) => {
        const h = n / 100
        expect(hoursSchema.safeParse(h).success).toBe(true)
        expect(hundredthsOf(h)).toBe(n)
      }),
    )
  })
  it('a count of thousandths that is not whole hundredths is refused (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 199_999 }).filter((n) => n % 10 !== 0),
        (n) => {
          expect(hoursSchema.safeParse(n / 1000).success).toBe(false)
        },
      ),
    )
  })
})

const base = {
  productLineCode: 'h5',
  purchaseDate: '2024-06-20',
  usage: 40_000,
  repairDate: '2026-06-19',
}

describe('a repair to price', () => {
  // Built here too, so a mutant of the module-level schema cannot hide behind an import failure.
  const schemas = [
    ['the exported schema', repairInputSchema],
    ['a schema built from the fields', withRepairChecks(repairFields)],
  ] as const

  it.each(schemas)('%s: defaults for everything left out', (_n, schema) => {
    expect(schema.parse({ ...base, callout: true })).toEqual({
      productLineCode: 'H5',
      serial: '',
      purchaseDate: '2024-06-20',
      usage: 40_000,
      repairDate: '2026-06-19',
      parts: [],
      labour: [],
      callout: true,
      extras: [],
    })
  })

  it('reads every line, trimmed and upper-cased where it should be', () => {
    expect(
      repairInputSchema.parse({
        ...base,
        serial: ' LHX5 ',
        deliveryDate: null,
        parts: [{ partCode: ' hl-001', quantity: 2 }],
        labour: [{ hours: 1.5, partCode: 'bm-001', description: ' swap ' }],
        extras: [{ code: ' WASH ', quantity: 1 }],
      }),
    ).toEqual({
      ...base,
      productLineCode: 'H5',
      serial: 'LHX5',
      deliveryDate: null,
      parts: [{ partCode: 'HL-001', quantity: 2 }],
      labour: [{ hours: 1.5, partCode: 'BM-001', description: 'swap' }],
      callout: false,
      extras: [{ code: 'WASH', quantity: 1 }],
    })
  })

  const part = [{ partCode: 'HL-001', quantity: 1 }]
  it.each([
    ['the purchase day itself', { repairDate: '2024-06-20', parts: part }, 'ok'],
    ['the day before the purchase', { repairDate: '2024-06-19', parts: part }, 'repairDate'],
    ['a call-out alone', { callout: true }, 'ok'],
    ['nothing to price', {}, 'parts'],
    ['nothing to price, call-out false', { callout: false }, 'parts'],
    ['a part alone', { parts: part }, 'ok'],
    ['labour alone', { labour: [{ hours: 1 }] }, 'ok'],
    ['an extra alone', { extras: [{ code: 'WASH', quantity: 1 }] }, 'ok'],
    ['usage 0', { usage: 0, parts: part }, 'ok'],
    ['usage 10 000 000', { usage: 10_000_000, parts: part }, 'ok'],
    ['usage −1', { usage: -1, parts: part }, 'usage'],
    ['usage 10 000 001', { usage: 10_000_001, parts: part }, 'usage'],
    ['usage 1.5', { usage: 1.5, parts: part }, 'usage'],
    ['a serial of 40', { serial: 'S'.repeat(40), parts: part }, 'ok'],
    ['a serial of 41', { serial: 'S'.repeat(41), parts: part }, 'serial'],
    ['a serial of 40 after trimming', { serial: ` ${'S'.repeat(40)} `, parts: part }, 'ok'],
    ['a part quantity of 999', { parts: [{ partCode: 'HL-001', quantity: 999 }] }, 'ok'],
    ['a part quantity of 1000', { parts: [{ partCode: 'HL-001', quantity: 1000 }] }, 'parts.0.quantity'],
    ['a part quantity of 0', { parts: [{ partCode: 'HL-001', quantity: 0 }] }, 'parts.0.quantity'],
    ['a part quantity of 2', { parts: [{ partCode: 'HL-001', quantity: 2 }] }, 'ok'],
    ['50 parts', { parts: Array(50).fill(part[0]) }, 'ok'],
    ['51 parts', { parts: Array(51).fill(part[0]) }, 'parts'],
    ['50 labour lines', { labour: Array(50).fill({ hours: 1 }) }, 'ok'],
    ['51 labour lines', { labour: Array(51).fill({ hours: 1 }) }, 'labour'],
    ['labour of 0 h', { labour: [{ hours: 0 }] }, 'labour.0.hours'],
    ['a labour description of 120', { labour: [{ hours: 1, description: 'd'.repeat(120) }] }, 'ok'],
    [
      'a labour description of 121',
      { labour: [{ hours: 1, description: 'd'.repeat(121) }] },
      'labour.0.description',
    ],
    [
      'a labour description of 120 after trimming',
      { labour: [{ hours: 1, description: ` ${'d'.repeat(120)} ` }] },
      'ok',
    ],
    ['a labour part code that is no code', { labour: [{ hours: 1, partCode: '-x' }] }, 'labour.0.partCode'],
    ['20 extras', { extras: Array(20).fill({ code: 'WASH', quantity: 1 }) }, 'ok'],
    ['21 extras', { extras: Array(21).fill({ code: 'WASH', quantity: 1 }) }, 'extras'],
    ['an extra code of 40', { extras: [{ code: 'W'.repeat(40), quantity: 1 }] }, 'ok'],
    ['an extra code of 41', { extras: [{ code: 'W'.repeat(41), quantity: 1 }] }, 'extras.0.code'],
    ['an extra code of 40 after trimming', { extras: [{ code: ` ${'W'.repeat(40)} `, quantity: 1 }] }, 'ok'],
    ['an empty extra code', { extras: [{ code: '  ', quantity: 1 }] }, 'extras.0.code'],
    ['an extra code of 2', { extras: [{ code: 'WA', quantity: 1 }] }, 'ok'],
    ['an extra quantity of 99', { extras: [{ code: 'WASH', quantity: 99 }] }, 'ok'],
    ['an extra quantity of 100', { extras: [{ code: 'WASH', quantity: 100 }] }, 'extras.0.quantity'],
    ['an extra quantity of 0', { extras: [{ code: 'WASH', quantity: 0 }] }, 'extras.0.quantity'],
    ['an extra quantity of 2', { extras: [{ code: 'WASH', quantity: 2 }] }, 'ok'],
  ])('%s', (_n, r, path) => {
    for (const [, schema] of schemas) expect(firstPath(schema.safeParse({ ...base, ...r }))).toBe(path)
  })

  it('a repair dated on or after its purchase passes the date check, before it fails (property)', () => {
    const schema = withRepairChecks(repairFields)
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        const d = addDays('2025-01-01', offset)
        const r = schema.safeParse({
          ...base,
          purchaseDate: '2025-01-01',
          repairDate: d,
          callout: true,
        })
        expect(firstPath(r)).toBe(offset >= 0 ? 'ok' : 'repairDate')
      }),
    )
  })
})
