import { describe, expect, it } from 'vitest'
import { DEFAULT_EIGHTD_SETTINGS } from './eightd.policy'
import * as schemas from './eightd.schema'

const ID = '0b7e3c1a-5d2f-4a8e-9c61-2f4d8e9a7b10'
const ID2 = '7f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f'
const x = (n: number) => 'x'.repeat(n)
const pathOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.success ? null : r.error!.issues[0]!.path.join('.')

/** The schemas by name, for the tables below. */
const inputs = { ...schemas }

/** The parsed input, or the path of the first field refused (never a thrown ZodError). */
const outcome = (name: keyof typeof inputs, input: unknown) => {
  const r = inputs[name].safeParse(input)
  return r.success ? { parsed: r.data } : { refused: pathOf(r) }
}

const claim = {
  supplierId: ID,
  title: '大灯闪烁',
  partCode: 'X7HL001',
  partName: '大灯总成',
  lot: 'L2026-11',
  quantityAffected: 12,
  foundAt: 'customer_complaint',
  severity: 'major',
  clientRequestId: ID2,
}

describe('opening a claim', () => {
  it('fills the optional fields and trims text', () => {
    expect(
      schemas.openClaimInput.safeParse({ ...claim, title: ' 大灯闪烁 ', description: ' 路试发现 ' }).data,
    ).toEqual({
      ...claim,
      description: '路试发现',
      complaintIds: [],
      warrantyRefs: [],
    })
    expect(schemas.openClaimInput.safeParse(claim).data).toEqual({
      ...claim,
      description: '',
      complaintIds: [],
      warrantyRefs: [],
    })
  })
  it.each([
    ['title of 200', { title: x(200) }, null],
    ['title of 201', { title: x(201) }, 'title'],
    ['blank title', { title: '   ' }, 'title'],
    ['part code of 60', { partCode: x(60) }, null],
    ['part code of 61', { partCode: x(61) }, 'partCode'],
    ['part name of 120', { partName: x(120) }, null],
    ['part name of 121', { partName: x(121) }, 'partName'],
    ['lot of 61', { lot: x(61) }, 'lot'],
    ['no parts affected', { quantityAffected: 0 }, 'quantityAffected'],
    ['one part affected', { quantityAffected: 1 }, null],
    ['10 000 000 parts', { quantityAffected: 10_000_000 }, null],
    ['10 000 001 parts', { quantityAffected: 10_000_001 }, 'quantityAffected'],
    ['half a part', { quantityAffected: 1.5 }, 'quantityAffected'],
    ['found nowhere known', { foundAt: 'road_test' }, 'foundAt'],
    ['found at incoming inspection', { foundAt: 'incoming_inspection' }, null],
    ['severity critical', { severity: 'critical' }, null],
    ['severity unknown', { severity: 'general' }, 'severity'],
    ['description of 4000', { description: x(4000) }, null],
    ['description of 4001', { description: x(4001) }, 'description'],
    ['20 complaints', { complaintIds: Array(20).fill(ID) }, null],
    ['21 complaints', { complaintIds: Array(21).fill(ID) }, 'complaintIds'],
    ['a complaint that is not an id', { complaintIds: ['C-1'] }, 'complaintIds.0'],
    ['50 warranty refs', { warrantyRefs: Array(50).fill('W-1') }, null],
    ['51 warranty refs', { warrantyRefs: Array(51).fill('W-1') }, 'warrantyRefs'],
    ['a blank warranty ref', { warrantyRefs: [' '] }, 'warrantyRefs.0'],
    ['a warranty ref of 61', { warrantyRefs: [x(61)] }, 'warrantyRefs.0'],
    ['a supplier that is not an id', { supplierId: 'S-LAMP' }, 'supplierId'],
    ['no request id', { clientRequestId: undefined }, 'clientRequestId'],
  ])('%s', (_, over, path) => {
    expect(pathOf(schemas.openClaimInput.safeParse({ ...claim, ...over }))).toBe(path)
  })
})

describe('lists', () => {
  it.each([
    ['listEightdClaimsInput', {}, { page: 1, pageSize: 20 }],
    [
      'listEightdClaimsInput',
      { status: 'open', supplierId: ID, severity: 'minor', overdue: true },
      { page: 1, pageSize: 20, status: 'open', supplierId: ID, severity: 'minor', overdue: true },
    ],
    ['supplierInboxInput', { status: 'closed' }, { page: 1, pageSize: 20, status: 'closed' }],
    ['overdueBoardInput', { page: 2 }, { page: 2, pageSize: 20 }],
  ] as const)('%s parses (row %#)', (name, input, parsed) => {
    expect(outcome(name, input)).toEqual({ parsed })
  })
  it.each([
    ['listEightdClaimsInput', { status: 'pending' }, 'status'],
    ['listEightdClaimsInput', { supplierId: 'x' }, 'supplierId'],
    ['listEightdClaimsInput', { severity: 'general' }, 'severity'],
    ['listEightdClaimsInput', { overdue: 'yes' }, 'overdue'],
    ['supplierInboxInput', { status: 'draft' }, 'status'],
  ] as const)('%s refuses (row %#)', (name, input, path) => {
    expect(pathOf(inputs[name].safeParse(input))).toBe(path)
  })
})

describe('steps', () => {
  const ref = { claimId: ID, step: 'D3' }
  it.each([
    ['eightdClaimInput', { claimId: ID }, { claimId: ID }],
    ['eightdStepRefInput', ref, ref],
    [
      'saveStepDraftInput',
      { ...ref, content: { what: 'x' }, version: 1 },
      { ...ref, content: { what: 'x' }, version: 1 },
    ],
    ['submitStepInput', { ...ref, version: 3 }, { ...ref, version: 3 }],
    [
      'reviewStepInput',
      { ...ref, decision: 'rejected', comment: ' 补充数据 ', version: 2 },
      { ...ref, decision: 'rejected', comment: '补充数据', internalNote: '', version: 2 },
    ],
    [
      'reviewStepInput',
      { ...ref, decision: 'approved', internalNote: ' 内部 ', version: 2 },
      { ...ref, decision: 'approved', comment: '', internalNote: '内部', version: 2 },
    ],
    ['uploadStepEvidenceInput', { ...ref, uploadId: ID2 }, { ...ref, uploadId: ID2 }],
    ['eightdEvidenceIdInput', { id: ID }, { id: ID }],
    ['eightdScorecardInput', {}, {}],
    ['eightdScorecardInput', { supplierId: ID }, { supplierId: ID }],
  ] as const)('%s parses (row %#)', (name, input, parsed) => {
    expect(outcome(name, input)).toEqual({ parsed })
  })
  it.each([
    ['eightdClaimInput', { claimId: 'x' }, 'claimId'],
    ['eightdStepRefInput', { claimId: ID, step: 'D9' }, 'step'],
    ['eightdStepRefInput', { claimId: ID }, 'step'],
    ['saveStepDraftInput', { ...ref, content: [], version: 1 }, 'content'],
    ['saveStepDraftInput', { ...ref, content: {}, version: 0 }, 'version'],
    ['saveStepDraftInput', { ...ref, content: {} }, 'version'],
    ['submitStepInput', { ...ref, version: 0 }, 'version'],
    ['submitStepInput', { ...ref }, 'version'],
    ['reviewStepInput', { ...ref, decision: 'maybe', version: 1 }, 'decision'],
    ['reviewStepInput', { ...ref, decision: 'approved' }, 'version'],
    ['reviewStepInput', { ...ref, decision: 'rejected', comment: x(2001), version: 1 }, 'comment'],
    ['reviewStepInput', { ...ref, decision: 'rejected', comment: x(2000), version: 1 }, null],
    ['reviewStepInput', { ...ref, decision: 'approved', internalNote: x(2001), version: 1 }, 'internalNote'],
    ['reviewStepInput', { ...ref, decision: 'approved', internalNote: x(2000), version: 1 }, null],
    ['uploadStepEvidenceInput', { ...ref, uploadId: 'token' }, 'uploadId'],
    ['uploadStepEvidenceInput', { claimId: ID, uploadId: ID2 }, 'step'],
    ['eightdEvidenceIdInput', { id: 'x' }, 'id'],
    ['eightdScorecardInput', { supplierId: 'x' }, 'supplierId'],
  ] as const)('%s refuses (row %#)', (name, input, path) => {
    expect(pathOf(inputs[name].safeParse(input))).toBe(path)
  })
})

describe('cost recovery', () => {
  const costLine = { kind: 'parts', description: '大灯总成', amountFen: 128_000 }
  it.each([
    ['eightdCostLineSchema', costLine, { ...costLine, complaintId: null }],
    [
      'eightdCostLineSchema',
      { ...costLine, description: ' 物流 ', complaintId: ID },
      { ...costLine, description: '物流', complaintId: ID },
    ],
    ['computeRecoveryInput', { claimId: ID, lines: [] }, { claimId: ID, lines: [] }],
    [
      'computeRecoveryInput',
      { claimId: ID, lines: [costLine], version: 2 },
      { claimId: ID, lines: [{ ...costLine, complaintId: null }], version: 2 },
    ],
    [
      'reviseRecoveryInput',
      { claimId: ID, amountFen: 0, version: 1 },
      { claimId: ID, amountFen: 0, note: '', version: 1 },
    ],
    [
      'reviseRecoveryInput',
      { claimId: ID, amountFen: -5, note: ' 让步 ', version: 1 },
      { claimId: ID, amountFen: -5, note: '让步', version: 1 },
    ],
    ['acceptRecoveryInput', { claimId: ID, version: 4 }, { claimId: ID, version: 4 }],
    [
      'disputeRecoveryInput',
      { claimId: ID, reason: ' 非我方批次 ', version: 4 },
      { claimId: ID, reason: '非我方批次', version: 4 },
    ],
    [
      'disputeRecoveryInput',
      { claimId: ID, reason: '', version: 4 },
      { claimId: ID, reason: '', version: 4 },
    ],
  ] as const)('%s parses (row %#)', (name, input, parsed) => {
    expect(outcome(name, input)).toEqual({ parsed })
  })
  it.each([
    ['eightdCostLineSchema', { ...costLine, kind: 'fee' }, 'kind'],
    ['eightdCostLineSchema', { ...costLine, description: ' ' }, 'description'],
    ['eightdCostLineSchema', { ...costLine, description: x(201) }, 'description'],
    ['eightdCostLineSchema', { ...costLine, description: x(200) }, null],
    ['eightdCostLineSchema', { ...costLine, amountFen: -1 }, 'amountFen'],
    ['eightdCostLineSchema', { ...costLine, amountFen: 0 }, null],
    ['eightdCostLineSchema', { ...costLine, amountFen: 1_000_000_000 }, null],
    ['eightdCostLineSchema', { ...costLine, amountFen: 1_000_000_001 }, 'amountFen'],
    ['eightdCostLineSchema', { ...costLine, amountFen: 0.5 }, 'amountFen'],
    ['eightdCostLineSchema', { ...costLine, complaintId: 'C-1' }, 'complaintId'],
    ['computeRecoveryInput', { claimId: ID, lines: Array(100).fill(costLine) }, null],
    ['computeRecoveryInput', { claimId: ID, lines: Array(101).fill(costLine) }, 'lines'],
    ['computeRecoveryInput', { claimId: ID, lines: [], version: 0 }, 'version'],
    ['reviseRecoveryInput', { claimId: ID, amountFen: 1.5, version: 1 }, 'amountFen'],
    ['reviseRecoveryInput', { claimId: ID, amountFen: 1, note: x(1001), version: 1 }, 'note'],
    ['reviseRecoveryInput', { claimId: ID, amountFen: 1, note: x(1000), version: 1 }, null],
    ['reviseRecoveryInput', { claimId: ID, amountFen: 1 }, 'version'],
    ['acceptRecoveryInput', { claimId: ID }, 'version'],
    ['acceptRecoveryInput', { claimId: 'x', version: 1 }, 'claimId'],
    ['disputeRecoveryInput', { claimId: ID, reason: x(1001), version: 1 }, 'reason'],
    ['disputeRecoveryInput', { claimId: ID, reason: x(1000), version: 1 }, null],
    ['disputeRecoveryInput', { claimId: ID, version: 1 }, 'reason'],
    ['disputeRecoveryInput', { claimId: ID, reason: 'r' }, 'version'],
  ] as const)('%s refuses (row %#)', (name, input, path) => {
    expect(pathOf(inputs[name].safeParse(input))).toBe(path)
  })
})

describe('saving the 8D policy', () => {
  it('takes the settings and the version they were edited from', () => {
    const input = { settings: DEFAULT_EIGHTD_SETTINGS, baseVersion: 0 }
    expect(schemas.saveEightdPolicyInput.safeParse(input).data).toEqual(input)
  })
  it.each([
    ['baseVersion', { settings: DEFAULT_EIGHTD_SETTINGS, baseVersion: -1 }],
    ['baseVersion', { settings: DEFAULT_EIGHTD_SETTINGS }],
    [
      'settings.escalateEveryHours',
      { settings: { ...DEFAULT_EIGHTD_SETTINGS, escalateEveryHours: 0 }, baseVersion: 3 },
    ],
  ])('fails on %s (row %#)', (path, input) => {
    expect(pathOf(schemas.saveEightdPolicyInput.safeParse(input))).toBe(path)
  })
})
