import { describe, expect, it } from 'vitest'
import {
  addTermsInput,
  approveStandardInput,
  confirmedDebitsInput,
  confirmPartsRequestInput,
  createQuoteInput,
  dealerPartsRequestStepInput,
  exportCatalogueInput,
  feeExtraSchema,
  finaliseQuoteInput,
  IMPORT_FORMATS,
  importCatalogueInput,
  listCatalogueInput,
  listOldPartsInput,
  listPartsRequestsInput,
  listQuotesInput,
  listTermsInput,
  oldPartStepInput,
  partCodeInput,
  proposeStandardInput,
  raisePartsRequestInput,
  registerOldPartInput,
  rejectStandardInput,
  removeReturnDeadlineInput,
  setReturnDeadlineInput,
  simulateRepairInput,
  standardQueueInput,
  stationStockInput,
  upsertPartInput,
} from './fee.schema'

type Parsed = { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }
const firstPath = (r: Parsed) => (r.success ? 'ok' : r.error!.issues[0]!.path.join('.') || '(root)')

const ID = '8a1f7f3e-3c1b-4b8a-9d1e-1f2a3b4c5d6e'
const REQ = '0b7e4f8a-1c2d-4e3f-8a9b-0c1d2e3f4a5b'
const PAGE = { page: 1, pageSize: 20 }

describe('lists and lookups: filters read back exactly, with their defaults', () => {
  it.each([
    [
      'catalogue list',
      listCatalogueInput,
      { productLineCode: ' h5 ' },
      { ...PAGE, productLineCode: 'H5', includeInactive: false },
    ],
    [
      'catalogue list, inactive too',
      listCatalogueInput,
      { includeInactive: true },
      { ...PAGE, includeInactive: true },
    ],
    ['one part', partCodeInput, { code: 'hl-001' }, { code: 'HL-001' }],
    [
      'catalogue export',
      exportCatalogueInput,
      { productLineCode: 'h5', q: ' lamp ' },
      { productLineCode: 'H5', q: 'lamp' },
    ],
    ['terms list', listTermsInput, { productLineCode: 'h5' }, { productLineCode: 'H5' }],
    ['standards queue', standardQueueInput, { status: 'proposed' }, { ...PAGE, status: 'proposed' }],
    [
      'approve a standard',
      approveStandardInput,
      { id: ID, version: 2, note: ' ok ' },
      { id: ID, version: 2, note: 'ok' },
    ],
    [
      'reject a standard',
      rejectStandardInput,
      { id: ID, version: 2, note: ' too dear ' },
      { id: ID, version: 2, note: 'too dear' },
    ],
    ['finalise a quote', finaliseQuoteInput, { id: ID, version: 3 }, { id: ID, version: 3 }],
    ['quote list', listQuotesInput, { status: 'final' }, { ...PAGE, status: 'final' }],
    [
      'an old part step',
      oldPartStepInput,
      { id: ID, version: 1, note: null },
      { id: ID, version: 1, note: null },
    ],
    [
      'old parts list',
      listOldPartsInput,
      { status: 'reported', dealerId: ID },
      { ...PAGE, status: 'reported', overdueOnly: false, dealerId: ID },
    ],
    [
      'old parts list, overdue only',
      listOldPartsInput,
      { overdueOnly: true },
      { ...PAGE, overdueOnly: true },
    ],
    [
      'a return deadline',
      setReturnDeadlineInput,
      { scope: 'part', key: ' hl-001 ', days: 30 },
      { scope: 'part', key: 'HL-001', days: 30 },
    ],
    [
      'removing a return deadline',
      removeReturnDeadlineInput,
      { scope: 'line', key: 'h5', days: 30 },
      { scope: 'line', key: 'H5' },
    ],
    ['a parts request step', dealerPartsRequestStepInput, { id: ID, version: 4 }, { id: ID, version: 4 }],
    [
      'parts requests list',
      listPartsRequestsInput,
      { status: 'shipped', dealerId: ID },
      { ...PAGE, status: 'shipped', dealerId: ID },
    ],
    [
      'confirmed debits',
      confirmedDebitsInput,
      { dealerId: ID, period: '2026-07' },
      { dealerId: ID, period: '2026-07' },
    ],
    ['station stock', stationStockInput, { dealerId: ID }, { dealerId: ID }],
    [
      'importing a catalogue',
      importCatalogueInput,
      { format: 'xlsx', contentBase64: 'QQ==' },
      { format: 'xlsx', contentBase64: 'QQ==' },
    ],
  ] as const)('%s', (_n, schema, input, output) => {
    expect((schema as { parse: (x: unknown) => unknown }).parse(input)).toEqual(output)
  })

  it('the import formats, exactly', () => {
    expect([...IMPORT_FORMATS]).toEqual(['csv', 'xlsx'])
  })
})

const part = {
  code: 'hl-001',
  productLineCode: 'h5',
  nameZh: ' 前大灯总成 ',
  returnRequired: true,
  costFen: 60_000,
  listFen: 98_000,
}
describe('a catalogue part', () => {
  it('reads back trimmed, with its defaults', () => {
    expect(upsertPartInput.parse(part)).toEqual({
      code: 'HL-001',
      productLineCode: 'H5',
      nameZh: '前大灯总成',
      nameEn: '',
      returnRequired: true,
      active: true,
      costFen: 60_000,
      listFen: 98_000,
    })
    expect(
      upsertPartInput.parse({ ...part, nameEn: ' Headlamp ', active: false, effectiveFrom: '2026-08-01' }),
    ).toMatchObject({
      nameEn: 'Headlamp',
      active: false,
      effectiveFrom: '2026-08-01',
    })
  })
  it.each([
    ['a name of 80', { nameZh: '灯'.repeat(80) }, 'ok'],
    ['a name of 80 after trimming', { nameZh: ` ${'灯'.repeat(80)} ` }, 'ok'],
    ['a name of 81', { nameZh: '灯'.repeat(81) }, 'nameZh'],
    ['a name of 2', { nameZh: '灯灯' }, 'ok'],
    ['a blank name', { nameZh: '  ' }, 'nameZh'],
    ['an English name of 80 after trimming', { nameEn: ` ${'L'.repeat(80)} ` }, 'ok'],
    ['an English name of 81', { nameEn: 'L'.repeat(81) }, 'nameEn'],
    ['a price of 0', { costFen: 0 }, 'ok'],
    ['a price of 1 000 000 yuan', { listFen: 100_000_000 }, 'ok'],
    ['a price above it', { listFen: 100_000_001 }, 'listFen'],
    ['a negative price', { costFen: -1 }, 'costFen'],
    ['a price in part fen', { costFen: 1.5 }, 'costFen'],
  ])('%s', (_n, p, path) => {
    expect(firstPath(upsertPartInput.safeParse({ ...part, ...p }))).toBe(path)
  })
  it.each([
    ['one character', 'Q', 'ok'],
    ['empty', '', 'contentBase64'],
    ['20 000 000 characters', 'Q'.repeat(20_000_000), 'ok'],
    ['20 000 001 characters', 'Q'.repeat(20_000_001), 'contentBase64'],
  ])('an import file of %s', (_n, content, path) => {
    expect(firstPath(importCatalogueInput.safeParse({ contentBase64: content }))).toBe(path)
  })
})

const termsIn = { productLineCode: 'h5', months: 36, usageLimit: 100_000, effectiveFrom: '2026-08-01' }
describe('warranty terms', () => {
  it('read back with their defaults', () => {
    expect(addTermsInput.parse(termsIn)).toEqual({
      ...termsIn,
      productLineCode: 'H5',
      usageUnit: 'km',
      startBasis: 'purchase',
    })
  })
  it('a card reads back with its defaults', () => {
    expect(addTermsInput.parse({ ...termsIn, card: {} }).card).toEqual({
      labourRateFen: null,
      calloutFeeFen: null,
      partPrices: {},
      extras: {},
    })
    expect(
      addTermsInput.parse({
        ...termsIn,
        card: {
          labourRateFen: 6000,
          calloutFeeFen: 0,
          partPrices: { 'hl-001': 90_000 },
          extras: { ' 洗车 ': 2000 },
        },
      }).card,
    ).toEqual({
      labourRateFen: 6000,
      calloutFeeFen: 0,
      partPrices: { 'HL-001': 90_000 },
      extras: { 洗车: 2000 },
    })
  })
  it.each([
    ['a per-part override without a card', { partCode: 'hl-001' }, 'ok'],
    ['a per-part override with a card', { partCode: 'HL-001', card: {} }, 'card'],
    ['line terms with a card', { card: {} }, 'ok'],
    ['0 months', { months: 0 }, 'ok'],
    ['240 months', { months: 240 }, 'ok'],
    ['241 months', { months: 241 }, 'months'],
    ['no usage limit', { usageLimit: null }, 'ok'],
    ['a usage limit of 0', { usageLimit: 0 }, 'usageLimit'],
    ['running hours, from delivery', { usageUnit: 'hours', startBasis: 'delivery' }, 'ok'],
    ['an extra name of 40', { card: { extras: { [`${'x'.repeat(40)}`]: 1 } } }, 'ok'],
    [
      'an extra name of 41',
      { card: { extras: { [`${'x'.repeat(41)}`]: 1 } } },
      `card.extras.${'x'.repeat(41)}`,
    ],
    ['an extra name with a line break', { card: { extras: { 'wash\ncar': 1 } } }, 'card.extras.wash\ncar'],
    ['an extra name with a line break first, trimmed away', { card: { extras: { '\rwash': 1 } } }, 'ok'],
    ['an extra name with a line break last', { card: { extras: { 'wash\n': 1 } } }, 'ok'],
    [
      'an extra name with a line break inside, after trimming',
      { card: { extras: { 'a\nb': 1 } } },
      'card.extras.a\nb',
    ],
    ['an extra priced 10 000 yuan', { card: { extras: { wash: 1_000_000 } } }, 'ok'],
    ['an extra priced above', { card: { extras: { wash: 1_000_001 } } }, 'card.extras.wash'],
    ['a card labour rate of 1 yuan', { card: { labourRateFen: 100 } }, 'ok'],
    ['a card labour rate below', { card: { labourRateFen: 99 } }, 'card.labourRateFen'],
    ['a card labour rate of 2 000 yuan', { card: { labourRateFen: 200_000 } }, 'ok'],
    ['a card labour rate above', { card: { labourRateFen: 200_001 } }, 'card.labourRateFen'],
    ['a card call-out fee of 5 000 yuan', { card: { calloutFeeFen: 500_000 } }, 'ok'],
    ['a card call-out fee above', { card: { calloutFeeFen: 500_001 } }, 'card.calloutFeeFen'],
    ['a card call-out fee below 0', { card: { calloutFeeFen: -1 } }, 'card.calloutFeeFen'],
    ['a card part price of a bad code', { card: { partPrices: { '-x': 1 } } }, 'card.partPrices.-x'],
  ])('%s', (_n, t, path) => {
    expect(firstPath(addTermsInput.safeParse({ ...termsIn, ...t }))).toBe(path)
  })
})

const std = { clientRequestId: REQ, labourRateFen: 8000, calloutFeeFen: 5000, effectiveFrom: '2026-08-01' }
const extra = { code: 'WASH', nameZh: '洗车', priceFen: 3000 }
describe('a proposed fee standard', () => {
  it('reads back with its defaults', () => {
    expect(proposeStandardInput.parse(std)).toEqual({ ...std, extras: [] })
    expect(
      proposeStandardInput.parse({
        ...std,
        note: ' why ',
        extras: [{ ...extra, code: ' WASH ', nameZh: ' 洗车 ' }],
      }),
    ).toEqual({
      ...std,
      note: 'why',
      extras: [{ code: 'WASH', nameZh: '洗车', nameEn: '', priceFen: 3000 }],
    })
  })
  it.each([
    ['two extras', [extra, { ...extra, code: 'WAX' }], 'ok'],
    ['the same extra twice', [extra, extra], 'extras'],
    ['20 extras', Array.from({ length: 20 }, (_x, i) => ({ ...extra, code: `E${i}` })), 'ok'],
    ['21 extras', Array.from({ length: 21 }, (_x, i) => ({ ...extra, code: `E${i}` })), 'extras'],
    ['a code of 40', [{ ...extra, code: 'C'.repeat(40) }], 'ok'],
    ['a code of 41', [{ ...extra, code: 'C'.repeat(41) }], 'extras.0.code'],
    ['a code with a dot', [{ ...extra, code: 'W.X' }], 'extras.0.code'],
    ['a code with a space inside', [{ ...extra, code: 'W X' }], 'extras.0.code'],
    ['a code starting with a dot', [{ ...extra, code: '.WX' }], 'extras.0.code'],
    ['a lower-case code', [{ ...extra, code: 'wash_1-a' }], 'ok'],
    ['a name of 60 after trimming', [{ ...extra, nameZh: ` ${'洗'.repeat(60)} ` }], 'ok'],
    ['a name of 61', [{ ...extra, nameZh: '洗'.repeat(61) }], 'extras.0.nameZh'],
    ['a blank name', [{ ...extra, nameZh: ' ' }], 'extras.0.nameZh'],
    ['an English name of 60 after trimming', [{ ...extra, nameEn: ` ${'W'.repeat(60)} ` }], 'ok'],
    ['an English name of 61', [{ ...extra, nameEn: 'W'.repeat(61) }], 'extras.0.nameEn'],
    ['a price of 10 000 yuan', [{ ...extra, priceFen: 1_000_000 }], 'ok'],
    ['a price above', [{ ...extra, priceFen: 1_000_001 }], 'extras.0.priceFen'],
  ])('%s', (_n, extras, path) => {
    expect(firstPath(proposeStandardInput.safeParse({ ...std, extras }))).toBe(path)
  })
  it('an extra service on its own reads back with its default English name', () => {
    expect(feeExtraSchema.parse({ ...extra, nameEn: ' Car wash ' })).toEqual({ ...extra, nameEn: 'Car wash' })
  })
  it.each([
    ['a note of 500', { note: 'n'.repeat(500) }, 'ok'],
    ['a note of 500 after trimming', { note: ` ${'n'.repeat(500)} ` }, 'ok'],
    ['a note of 501', { note: 'n'.repeat(501) }, 'note'],
  ])('approving with %s', (_n, n, path) => {
    expect(firstPath(approveStandardInput.safeParse({ id: ID, version: 1, ...n }))).toBe(path)
  })
  it.each([
    ['a reason', 'too dear', 'ok'],
    ['one character', 'x', 'ok'],
    ['no reason', ' ', 'note'],
  ])('rejecting with %s → %s', (_n, note, path) => {
    expect(firstPath(rejectStandardInput.safeParse({ id: ID, version: 1, note }))).toBe(path)
  })
})

const rep = {
  productLineCode: 'H5',
  purchaseDate: '2024-06-20',
  usage: 0,
  repairDate: '2026-06-19',
  callout: true,
}
describe('simulations and quotes', () => {
  it('a simulation names its station and keeps the repair checks', () => {
    expect(simulateRepairInput.parse({ ...rep, stationId: ID })).toMatchObject({
      stationId: ID,
      callout: true,
    })
    expect(firstPath(simulateRepairInput.safeParse({ ...rep, stationId: 'x' }))).toBe('stationId')
    expect(
      firstPath(simulateRepairInput.safeParse({ ...rep, stationId: ID, repairDate: '2024-06-19' })),
    ).toBe('repairDate')
    expect(firstPath(simulateRepairInput.safeParse({ ...rep, stationId: ID, callout: false }))).toBe('parts')
  })
  it('a quote reads its VIN upper-cased and is not finalised unless asked', () => {
    expect(createQuoteInput.parse({ ...rep, clientRequestId: REQ, vin: ' lhx5a ' })).toMatchObject({
      clientRequestId: REQ,
      vin: 'LHX5A',
      finalise: false,
    })
    expect(createQuoteInput.parse({ ...rep, clientRequestId: REQ, finalise: true }).finalise).toBe(true)
  })
  it.each([
    ['a VIN of 40 after trimming', { vin: ` ${'V'.repeat(40)} ` }, 'ok'],
    ['a VIN of 41', { vin: 'V'.repeat(41) }, 'vin'],
    ['a repair before its purchase', { repairDate: '2024-06-01' }, 'repairDate'],
    ['nothing to price', { callout: false }, 'parts'],
  ])('%s', (_n, q, path) => {
    expect(firstPath(createQuoteInput.safeParse({ ...rep, clientRequestId: REQ, ...q }))).toBe(path)
  })
})

const oldPart = {
  clientRequestId: REQ,
  partCode: 'hl-001',
  quantity: 1,
  serial: ' LHX5 ',
  replacedOn: '2026-06-19',
}
describe('old parts and return deadlines', () => {
  it('an old part reads back trimmed', () => {
    expect(registerOldPartInput.parse(oldPart)).toEqual({ ...oldPart, partCode: 'HL-001', serial: 'LHX5' })
  })
  it.each([
    ['a quantity of 99', { quantity: 99 }, 'ok'],
    ['a quantity of 100', { quantity: 100 }, 'quantity'],
    ['a quantity of 2', { quantity: 2 }, 'ok'],
    ['a quantity of 0', { quantity: 0 }, 'quantity'],
    ['a serial of 40 after trimming', { serial: ` ${'S'.repeat(40)} ` }, 'ok'],
    ['a serial of 41', { serial: 'S'.repeat(41) }, 'serial'],
    ['a serial of 2', { serial: 'S1' }, 'ok'],
    ['a blank serial', { serial: '  ' }, 'serial'],
  ])('%s', (_n, p, path) => {
    expect(firstPath(registerOldPartInput.safeParse({ ...oldPart, ...p }))).toBe(path)
  })
  it.each([
    ['1 day', { days: 1 }, 'ok'],
    ['365 days', { days: 365 }, 'ok'],
    ['2 days', { days: 2 }, 'ok'],
    ['0 days', { days: 0 }, 'days'],
    ['366 days', { days: 366 }, 'days'],
    ['a key of 40 after trimming', { key: ` ${'k'.repeat(40)} ` }, 'ok'],
    ['a key of 41', { key: 'k'.repeat(41) }, 'key'],
    ['a key of 2', { key: 'h5' }, 'ok'],
    ['a blank key', { key: ' ' }, 'key'],
  ])('a return deadline of %s', (_n, d, path) => {
    expect(firstPath(setReturnDeadlineInput.safeParse({ scope: 'default', key: '*', days: 30, ...d }))).toBe(
      path,
    )
  })
  it('a deadline key reads upper-cased', () => {
    expect(setReturnDeadlineInput.parse({ scope: 'line', key: 'h5', days: 2 }).key).toBe('H5')
  })
})

describe('dealer parts requests', () => {
  const line = { partCode: 'hl-001', quantity: 1 }
  it('a request reads back upper-cased', () => {
    expect(raisePartsRequestInput.parse({ clientRequestId: REQ, lines: [line], note: ' asap ' })).toEqual({
      clientRequestId: REQ,
      lines: [{ partCode: 'HL-001', quantity: 1 }],
      note: 'asap',
    })
  })
  it.each([
    ['one line', [line], 'ok'],
    ['no line', [], 'lines'],
    ['50 lines', Array(50).fill(line), 'ok'],
    ['51 lines', Array(51).fill(line), 'lines'],
    ['a quantity of 999', [{ ...line, quantity: 999 }], 'ok'],
    ['a quantity of 1000', [{ ...line, quantity: 1000 }], 'lines.0.quantity'],
    ['a quantity of 2', [{ ...line, quantity: 2 }], 'ok'],
    ['a quantity of 0', [{ ...line, quantity: 0 }], 'lines.0.quantity'],
  ])('%s', (_n, lines, path) => {
    expect(firstPath(raisePartsRequestInput.safeParse({ clientRequestId: REQ, lines }))).toBe(path)
  })
  const confirm = { id: ID, version: 1, costTotalFen: 0, estimatedShipDate: '2026-07-01' }
  it('a confirmation reads back', () => {
    expect(confirmPartsRequestInput.parse({ ...confirm, costTotalFen: 190_000 })).toEqual({
      ...confirm,
      costTotalFen: 190_000,
    })
  })
  it.each([
    [0, 'ok'],
    [2_000_000_000, 'ok'],
    [1, 'ok'],
    [-1, 'costTotalFen'],
    [2_000_000_001, 'costTotalFen'],
    [0.5, 'costTotalFen'],
  ])('a cost of %d fen → %s', (fen, path) => {
    expect(firstPath(confirmPartsRequestInput.safeParse({ ...confirm, costTotalFen: fen }))).toBe(path)
  })
  it.each([
    ['2026-07', 'ok'],
    ['2026-01', 'ok'],
    ['2026-09', 'ok'],
    ['2026-10', 'ok'],
    ['2026-12', 'ok'],
    ['2026-00', 'period'],
    ['2026-13', 'period'],
    ['2026-1', 'period'],
    ['202-07', 'period'],
    ['x2026-07', 'period'],
    ['2026-07x', 'period'],
    ['abcd-07', 'period'],
    ['2026-0a', 'period'],
    ['2026-1a', 'period'],
  ])('the debit period %j → %s', (period, path) => {
    expect(firstPath(confirmedDebitsInput.safeParse({ dealerId: ID, period }))).toBe(path)
  })
})
