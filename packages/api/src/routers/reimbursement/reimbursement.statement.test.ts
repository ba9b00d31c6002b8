import type { ReimbursementLine } from '@asq/domain'
import { describe, expect, it } from 'vitest'
import { ISSUER } from '../../reports/pdf'
import { pdfText } from '../../testing/statement-readback'
import { STATEMENT_SIGNATURES, type StatementData, statementPdf } from './reimbursement.statement'

const line = (
  repairOrderNo: string,
  serial: string,
  seq: number,
): ReimbursementLine & { period: string } => ({
  id: `00000000-0000-4000-8000-00000000000${seq}`,
  claimId: '00000000-0000-4000-8000-000000000100',
  dealerId: '00000000-0000-4000-8000-000000000200',
  seq,
  period: '2026-10',
  repairOrderNo,
  repairDate: '2026-10-08',
  serial,
  partCode: 'X7HL001',
  quantity: 1,
  labourHours: 1,
  oldPartRegistrationNo: null,
  usageReading: null,
  claimedFen: 136_000,
  pricing: null,
  problems: [],
  decision: 'approved',
  approvedFen: 136_000,
  reasonCode: null,
  reasonText: null,
  decidedBy: 'finance',
  decidedAt: new Date('2026-11-02T03:00:00Z'),
  settlementId: null,
  settledAt: null,
})

// The longest identifiers a station writes: 17-character VINs, repair-order numbers with a suffix.
const LINES = [
  line('BJ-RO-202610-007', 'LHX7A2B30N1000001', 1),
  line('BJ-RO-202610-0015-REWORK', 'LHXT3C4D5P2009988', 2),
  line('WWWWWWWWWWWWWWWWWWWWWWWW', 'WWWWWWWWWWWWWWWWW', 3),
]
const DATA: StatementData = {
  run: {
    id: '00000000-0000-4000-8000-000000000300',
    period: '2026-10',
    dealerId: '00000000-0000-4000-8000-000000000200',
    dealerCode: 'D-BJ01',
    dealerName: '北京朝阳服务站',
    statementNo: 'ST-2026-10-D-BJ01',
    linesFen: 408_000,
    deductionsFen: 0,
    netFen: 408_000,
    openingBalanceFen: 0,
    closingBalanceFen: 408_000,
    lineCount: 3,
    entryCount: 3,
    trigger: 'schedule',
    runBy: 'system',
    settledAt: new Date('2026-11-03T02:00:00Z'),
  },
  lines: LINES,
  entries: [],
}

describe('the statement PDF (issue 12, defect 10)', () => {
  it('prints each VIN and repair-order number whole on one line, under a letterhead, above a signature block', async () => {
    const text = pdfText(await statementPdf(DATA))
    const rows = text.split('\n')
    for (const l of LINES) {
      const row = rows.find((r) => r.includes(l.repairOrderNo))
      expect(row, `${l.repairOrderNo} whole on one line`).toBeDefined()
      expect(row).toContain(l.serial)
    }
    for (const s of [
      ISSUER.name,
      ISSUER.address,
      '保修配件费用报销结算单',
      'Warranty parts reimbursement statement',
    ])
      expect(text).toContain(s)
    expect(text.indexOf(ISSUER.name)).toBeLessThan(text.indexOf('保修配件费用报销结算单'))
    for (const s of STATEMENT_SIGNATURES)
      expect(text.indexOf(s)).toBeGreaterThan(text.indexOf(LINES[2]!.serial))
    expect(text.match(/签字 Signature/g)).toHaveLength(3)
    expect(text.match(/日期 Date：/g)).toHaveLength(3)
  })
})
