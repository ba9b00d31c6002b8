import { describe, expect, it } from 'vitest'
import type { z } from 'zod'

// The schemas are built when their module loads. This file imports nothing from it at the top: the
// module is loaded inside each test, so a schema that cannot be built fails a named test here instead
// of only stopping other test files from loading.
type Outcome = { ok: unknown } | { bad: string[] }
async function parse(name: string, input: unknown): Promise<Outcome> {
  const m = (await import('./reimbursement.schema')) as unknown as Record<string, z.ZodType>
  const r = m[name]!.safeParse(input)
  return r.success ? { ok: r.data } : { bad: [...new Set(r.error.issues.map((i) => i.path.join('.')))] }
}

const ID = '0b5f3c1e-8d2a-4c6b-9e7f-1a2b3c4d5e6f'
const KEY = '7d9e2a41-3b6c-4f8d-a1e2-5c6b7a8d9e0f'
const ref = { claimId: ID, version: 3 }
const typed = { repairOrderNo: ' ro-7 ', repairDate: '2026-11-05', serial: 'lhx7b', partCode: 'hl-1' }
const line = { ...typed, quantity: 2, labourHours: 1.5 }
const clean = {
  repairOrderNo: 'ro-7',
  repairDate: '2026-11-05',
  serial: 'LHX7B',
  partCode: 'HL-1',
  quantity: 2,
  labourHours: 1.5,
  oldPartRegistrationNo: null,
  usageReading: null,
}
const page = { page: 1, pageSize: 20 }
const text = (n: number) => '维'.repeat(n)

describe('a repair line as the dealer types it', () => {
  it.each<[string, Record<string, unknown>, Outcome]>([
    ['trimmed, codes upper case, no registration or reading', line, { ok: clean }],
    [
      'with a registration and a reading',
      { ...line, oldPartRegistrationNo: 'jj-1', usageReading: 86_500 },
      { ok: { ...clean, oldPartRegistrationNo: 'jj-1', usageReading: 86_500 } },
    ],
    [
      'a code of 40 characters',
      { ...line, partCode: 'p'.repeat(40) },
      { ok: { ...clean, partCode: 'P'.repeat(40) } },
    ],
    ['a code of 41 characters', { ...line, partCode: 'p'.repeat(41) }, { bad: ['partCode'] }],
    [
      'a Chinese code with . _ / -',
      { ...line, repairOrderNo: '京A.1_2/3-4' },
      { ok: { ...clean, repairOrderNo: '京A.1_2/3-4' } },
    ],
    ['a code beginning with a dash', { ...line, repairOrderNo: '-RO1' }, { bad: ['repairOrderNo'] }],
    ['a code beginning with a dot', { ...line, serial: '.VIN' }, { bad: ['serial'] }],
    ['a code with a space inside', { ...line, partCode: 'HL 1' }, { bad: ['partCode'] }],
    [
      'a code ending in a formula sign',
      { ...line, oldPartRegistrationNo: 'JJ1=' },
      { bad: ['oldPartRegistrationNo'] },
    ],
    ['labour in hundredths', { ...line, labourHours: 0.25 }, { ok: { ...clean, labourHours: 0.25 } }],
    ['no labour', { ...line, labourHours: 0 }, { ok: { ...clean, labourHours: 0 } }],
    ['labour finer than a hundredth', { ...line, labourHours: 0.125 }, { bad: ['labourHours'] }],
    ['labour of a hundred-millionth of an hour', { ...line, labourHours: 1e-8 }, { bad: ['labourHours'] }],
    ['labour of 999 h', { ...line, labourHours: 999 }, { ok: { ...clean, labourHours: 999 } }],
    ['labour above 999 h', { ...line, labourHours: 999.01 }, { bad: ['labourHours'] }],
  ])('%s', async (_n, input, want) => {
    expect(await parse('reimbursementLineSchema', input)).toEqual(want)
  })

  it.each([
    ['repairOrderNo', 'the repair order number is required'],
    ['serial', 'the serial / VIN is required'],
    ['partCode', 'the part code is required'],
    ['oldPartRegistrationNo', 'the old-part registration number is required'],
  ])('an empty %s is refused, first naming it: "%s"', async (field, message) => {
    const m = await import('./reimbursement.schema')
    const r = m.reimbursementLineSchema.safeParse({ ...line, [field]: '  ' })
    const first = r.error?.issues[0]
    expect([first?.path.join('.'), first?.message]).toEqual([field, message])
  })
})

describe('the inputs of the reimbursement API', () => {
  it.each<[string, string, unknown, Outcome]>([
    ['a month, trimmed', 'claimPeriodSchema', ' 2026-11 ', { ok: '2026-11' }],
    ['month 13', 'claimPeriodSchema', '2026-13', { bad: [''] }],
    ['a claim for a month', 'claimForPeriodInput', { period: ' 2026-11 ' }, { ok: { period: '2026-11' } }],
    ['a claim for no month', 'claimForPeriodInput', {}, { bad: ['period'] }],
    ['a claim by id', 'reimbursementClaimIdInput', { id: ID }, { ok: { id: ID } }],
    ['a claim by a bad id', 'reimbursementClaimIdInput', { id: 'c1' }, { bad: ['id'] }],
    ['a line to add', 'addReimbursementLineInput', { ...ref, line }, { ok: { ...ref, line: clean } }],
    [
      'a line to add, version 0',
      'addReimbursementLineInput',
      { ...ref, version: 0, line },
      { bad: ['version'] },
    ],
    [
      'a line to change',
      'updateReimbursementLineInput',
      { ...ref, lineId: ID, line },
      { ok: { ...ref, lineId: ID, line: clean } },
    ],
    ['a line to change, no line id', 'updateReimbursementLineInput', { ...ref, line }, { bad: ['lineId'] }],
    [
      'a line to remove',
      'removeReimbursementLineInput',
      { ...ref, lineId: ID },
      { ok: { ...ref, lineId: ID } },
    ],
    [
      'a line to remove, no claim',
      'removeReimbursementLineInput',
      { version: 3, lineId: ID },
      { bad: ['claimId'] },
    ],
    [
      'a file, its name trimmed',
      'importReimbursementLinesInput',
      { ...ref, fileName: ' 十一月.csv ', contentBase64: 'QQ==' },
      { ok: { ...ref, fileName: '十一月.csv', contentBase64: 'QQ==' } },
    ],
    [
      'a file named by one letter',
      'importReimbursementLinesInput',
      { ...ref, fileName: 'a', contentBase64: 'Q' },
      { ok: { ...ref, fileName: 'a', contentBase64: 'Q' } },
    ],
    [
      'a file named by blanks',
      'importReimbursementLinesInput',
      { ...ref, fileName: '   ', contentBase64: 'QQ==' },
      { bad: ['fileName'] },
    ],
    [
      'a name of 200 characters and 7 000 000 of content',
      'importReimbursementLinesInput',
      { ...ref, fileName: text(200), contentBase64: 'A'.repeat(7_000_000) },
      { ok: { ...ref, fileName: text(200), contentBase64: 'A'.repeat(7_000_000) } },
    ],
    [
      'a name of 201 characters and 7 000 001 of content',
      'importReimbursementLinesInput',
      { ...ref, fileName: text(201), contentBase64: 'A'.repeat(7_000_001) },
      { bad: ['fileName', 'contentBase64'] },
    ],
    [
      'an empty file',
      'importReimbursementLinesInput',
      { ...ref, fileName: 'a.csv', contentBase64: '' },
      { bad: ['contentBase64'] },
    ],
    [
      'a submission',
      'submitReimbursementInput',
      { ...ref, idempotencyKey: KEY },
      { ok: { ...ref, idempotencyKey: KEY } },
    ],
    ['a submission without a key', 'submitReimbursementInput', ref, { bad: ['idempotencyKey'] }],
    ['a withdrawal', 'withdrawReimbursementInput', ref, { ok: ref }],
    [
      'the dealer list, filtered',
      'listReimbursementsInput',
      { status: 'submitted', period: '2026-11' },
      { ok: { ...page, status: 'submitted', period: '2026-11' } },
    ],
    ['the dealer list, a bad status', 'listReimbursementsInput', { status: 'paid' }, { bad: ['status'] }],
    [
      'the audit queue, filtered',
      'reimbursementAuditQueueInput',
      { status: 'under_audit', period: '2026-10', dealerId: ID },
      { ok: { ...page, status: 'under_audit', period: '2026-10', dealerId: ID } },
    ],
    [
      'the audit queue, a bad month',
      'reimbursementAuditQueueInput',
      { period: '2026-1' },
      { bad: ['period'] },
    ],
    [
      'an approval',
      'decideReimbursementLineInput',
      { ...ref, lineId: ID, decision: 'approved' },
      { ok: { ...ref, lineId: ID, decision: 'approved' } },
    ],
    [
      'a rejection with a reason, its words trimmed',
      'decideReimbursementLineInput',
      { ...ref, lineId: ID, decision: 'rejected', reasonCode: 'other', reasonText: ' 发票不清 ' },
      { ok: { ...ref, lineId: ID, decision: 'rejected', reasonCode: 'other', reasonText: '发票不清' } },
    ],
    [
      'an adjustment to a figure',
      'decideReimbursementLineInput',
      { ...ref, lineId: ID, decision: 'adjusted', amountFen: 1500, reasonCode: 'price_mismatch' },
      { ok: { ...ref, lineId: ID, decision: 'adjusted', amountFen: 1500, reasonCode: 'price_mismatch' } },
    ],
    [
      'an adjustment without a figure',
      'decideReimbursementLineInput',
      { ...ref, lineId: ID, decision: 'adjusted', reasonCode: 'price_mismatch' },
      { bad: ['amountFen'] },
    ],
    [
      'an adjustment below zero',
      'decideReimbursementLineInput',
      { ...ref, lineId: ID, decision: 'adjusted', amountFen: -1, reasonCode: 'price_mismatch' },
      { bad: ['amountFen'] },
    ],
    [
      'a decision that does not exist',
      'decideReimbursementLineInput',
      { ...ref, lineId: ID, decision: 'maybe' },
      { bad: ['decision'] },
    ],
    [
      'a reason that is not on the list',
      'decideReimbursementLineInput',
      { ...ref, lineId: ID, decision: 'rejected', reasonCode: 'too_expensive' },
      { bad: ['reasonCode'] },
    ],
    [
      'words of 500 characters',
      'decideReimbursementLineInput',
      { ...ref, lineId: ID, decision: 'rejected', reasonCode: 'other', reasonText: text(500) },
      { ok: { ...ref, lineId: ID, decision: 'rejected', reasonCode: 'other', reasonText: text(500) } },
    ],
    [
      'words of 501 characters',
      'decideReimbursementLineInput',
      { ...ref, lineId: ID, decision: 'rejected', reasonCode: 'other', reasonText: text(501) },
      { bad: ['reasonText'] },
    ],
    [
      'one line rejected at once',
      'decideReimbursementLinesInput',
      { ...ref, lineIds: [ID], decision: 'rejected', reasonCode: 'duplicate', reasonText: ' 重复 ' },
      { ok: { ...ref, lineIds: [ID], decision: 'rejected', reasonCode: 'duplicate', reasonText: '重复' } },
    ],
    [
      '1000 lines approved at once',
      'decideReimbursementLinesInput',
      { ...ref, lineIds: Array(1000).fill(ID), decision: 'approved' },
      { ok: { ...ref, lineIds: Array(1000).fill(ID), decision: 'approved' } },
    ],
    [
      '1001 lines at once',
      'decideReimbursementLinesInput',
      { ...ref, lineIds: Array(1001).fill(ID), decision: 'approved' },
      { bad: ['lineIds'] },
    ],
    [
      'no lines at once',
      'decideReimbursementLinesInput',
      { ...ref, lineIds: [], decision: 'approved' },
      { bad: ['lineIds'] },
    ],
    [
      'an adjustment of many lines at once',
      'decideReimbursementLinesInput',
      { ...ref, lineIds: [ID], decision: 'adjusted' },
      { bad: ['decision'] },
    ],
    ['a month to settle', 'settlementPeriodInput', { period: '2026-11' }, { ok: { period: '2026-11' } }],
    [
      'a month to settle, not a month',
      'settlementPeriodInput',
      { period: '2026-11-03' },
      { bad: ['period'] },
    ],
    [
      'statements, filtered',
      'reimbursementStatementsInput',
      { period: '2026-11', dealerId: ID },
      { ok: { ...page, period: '2026-11', dealerId: ID } },
    ],
    [
      'statements of a bad dealer id',
      'reimbursementStatementsInput',
      { dealerId: 'D1' },
      { bad: ['dealerId'] },
    ],
    [
      'a statement as xlsx',
      'reimbursementStatementDownloadInput',
      { id: ID, format: 'xlsx' },
      { ok: { id: ID, format: 'xlsx' } },
    ],
    [
      'a statement as pdf',
      'reimbursementStatementDownloadInput',
      { id: ID, format: 'pdf' },
      { ok: { id: ID, format: 'pdf' } },
    ],
    [
      'a statement as csv',
      'reimbursementStatementDownloadInput',
      { id: ID, format: 'csv' },
      { bad: ['format'] },
    ],
    ['a statement without an id', 'reimbursementStatementDownloadInput', { format: 'pdf' }, { bad: ['id'] }],
    ['a dealer ledger', 'dealerLedgerInput', { dealerId: ID }, { ok: { ...page, dealerId: ID } }],
    ['a ledger without a dealer', 'dealerLedgerInput', {}, { bad: ['dealerId'] }],
    [
      'a deadline on the 1st',
      'updateReimbursementSettingsInput',
      { version: 0, submissionDeadlineDay: 1 },
      { ok: { version: 0, submissionDeadlineDay: 1 } },
    ],
    [
      'a deadline on the 31st',
      'updateReimbursementSettingsInput',
      { version: 0, submissionDeadlineDay: 31 },
      { ok: { version: 0, submissionDeadlineDay: 31 } },
    ],
    [
      'a deadline on day 0',
      'updateReimbursementSettingsInput',
      { version: 0, submissionDeadlineDay: 0 },
      { bad: ['submissionDeadlineDay'] },
    ],
    [
      'a deadline on day 32',
      'updateReimbursementSettingsInput',
      { version: 0, submissionDeadlineDay: 32 },
      { bad: ['submissionDeadlineDay'] },
    ],
    [
      'a correction the dealer owes, its memo trimmed',
      'postLedgerCorrectionInput',
      { dealerId: ID, amountFen: -500, memo: ' 补差价 ', idempotencyKey: KEY },
      { ok: { dealerId: ID, amountFen: -500, memo: '补差价', idempotencyKey: KEY } },
    ],
    [
      'a correction of one fen to the dealer, 500 characters said why',
      'postLedgerCorrectionInput',
      { dealerId: ID, amountFen: 1, memo: text(500), idempotencyKey: KEY },
      { ok: { dealerId: ID, amountFen: 1, memo: text(500), idempotencyKey: KEY } },
    ],
    [
      'a correction of zero',
      'postLedgerCorrectionInput',
      { dealerId: ID, amountFen: 0, memo: '补差价', idempotencyKey: KEY },
      { bad: ['amountFen'] },
    ],
    [
      'a correction said why in one character and blanks',
      'postLedgerCorrectionInput',
      { dealerId: ID, amountFen: 100, memo: ' 补  ', idempotencyKey: KEY },
      { bad: ['memo'] },
    ],
    [
      'a correction said why in 501 characters',
      'postLedgerCorrectionInput',
      { dealerId: ID, amountFen: 100, memo: text(501), idempotencyKey: KEY },
      { bad: ['memo'] },
    ],
  ])('%s (%s)', async (_n, name, input, want) => {
    expect(await parse(name, input)).toEqual(want)
  })
})
