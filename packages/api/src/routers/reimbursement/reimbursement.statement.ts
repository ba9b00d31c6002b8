import type { DealerLedgerEntry, ReimbursementLine, SettlementRun } from '@asq/domain'
import {
  chinaDateTime,
  formatFen,
  LEDGER_CAUSE_LABELS,
  REIMBURSEMENT_AUDIT_REASON_LABELS,
  REIMBURSEMENT_DECISION_LABELS,
} from '@asq/domain'
import { drawLetterhead, drawSignatureBlock, drawTable, renderPdf } from '../../reports/pdf'
import { renderXlsx } from '../../reports/xlsx'

export type StatementData = {
  run: SettlementRun
  lines: (ReimbursementLine & { period: string })[]
  entries: DealerLedgerEntry[]
}

const yuan = (fen: number) => fen / 100
const decisionText = (l: ReimbursementLine) =>
  l.decision
    ? `${REIMBURSEMENT_DECISION_LABELS[l.decision].zh}${l.reasonCode ? ` · ${REIMBURSEMENT_AUDIT_REASON_LABELS[l.reasonCode].zh}` : ''}${l.reasonText ? ` · ${l.reasonText}` : ''}`
    : ''
const paid = (l: ReimbursementLine) =>
  l.decision === 'approved' ? l.claimedFen : l.decision === 'adjusted' ? (l.approvedFen ?? 0) : 0

function summaryRows(d: StatementData): [string, string][] {
  const r = d.run
  return [
    ['结算单号 Statement', r.statementNo],
    ['服务站 Dealer', `${r.dealerName} (${r.dealerCode})`],
    ['结算月份 Period', r.period],
    ['结算时间 Settled at (北京时间 Beijing time)', chinaDateTime(r.settledAt)],
    ['期初余额 Opening balance', formatFen(r.openingBalanceFen)],
    ['报销合计 Approved lines', formatFen(r.linesFen)],
    ['扣款合计 Deductions', formatFen(-r.deductionsFen)],
    ['本期净额 Net', formatFen(r.netFen)],
    ['期末余额 Closing balance', formatFen(r.closingBalanceFen)],
  ]
}

/** The statement as a workbook: summary, the settled lines with HQ's decisions, the deductions. */
export function statementXlsx(d: StatementData): Promise<Buffer> {
  const money = '#,##0.00'
  return renderXlsx([
    {
      name: '汇总 Summary',
      columns: [
        { header: '项目 Item', key: 'k', width: 28 },
        { header: '内容 Value', key: 'v', width: 40 },
      ],
      rows: summaryRows(d).map(([k, v]) => ({ k, v })),
    },
    {
      name: '明细 Lines',
      columns: [
        { header: '月份 Period', key: 'period', width: 10 },
        { header: '维修单号 Repair order', key: 'ro' },
        { header: '维修日期 Date', key: 'date', width: 12 },
        { header: '车架号 VIN', key: 'vin', width: 20 },
        { header: '配件 Part', key: 'part' },
        { header: '数量 Qty', key: 'qty', width: 8 },
        { header: '工时 Hours', key: 'hours', width: 8 },
        { header: '申报(元) Claimed', key: 'claimed', numFmt: money },
        { header: '审核 Decision', key: 'decision', width: 30 },
        { header: '结算(元) Paid', key: 'paid', numFmt: money },
      ],
      rows: d.lines.map((l) => ({
        period: l.period,
        ro: l.repairOrderNo,
        date: l.repairDate,
        vin: l.serial,
        part: l.partCode,
        qty: l.quantity,
        hours: l.labourHours,
        claimed: yuan(l.claimedFen),
        decision: decisionText(l),
        paid: yuan(paid(l)),
      })),
    },
    {
      name: '扣款 Deductions',
      columns: [
        { header: '类型 Type', key: 'type', width: 20 },
        { header: '说明 Description', key: 'memo', width: 60 },
        { header: '金额(元) Amount', key: 'amount', numFmt: money },
      ],
      rows: d.entries
        .filter((e) => e.causeType !== 'claim_line')
        .map((e) => ({
          type: LEDGER_CAUSE_LABELS[e.causeType].zh,
          memo: e.memo,
          amount: -yuan(e.amountFen),
        })),
    },
  ])
}

/** Who signs a statement: HQ's preparer and approver, the station's confirmation. */
export const STATEMENT_SIGNATURES = [
  '制表 Prepared by',
  '审核 Approved by',
  '服务站确认 Station confirmation',
] as const

/** The statement as a PDF (Chinese text in the embedded CJK font). */
export function statementPdf(d: StatementData): Promise<Buffer> {
  return renderPdf({ title: `结算单 ${d.run.statementNo}` }, (doc) => {
    drawLetterhead(
      doc,
      { zh: '保修配件费用报销结算单', en: 'Warranty parts reimbursement statement' },
      `${d.run.statementNo} · ${d.run.dealerName} · ${d.run.period}`,
    )
    drawTable(
      doc,
      [
        { header: '项目 Item', width: 200 },
        { header: '内容 Value', width: 299 },
      ],
      summaryRows(d),
    )
    doc.fontSize(12).text('报销明细 Settled lines').moveDown(0.3)
    drawTable(
      doc,
      [
        { header: '维修单号 RO', width: 88, whole: true },
        { header: '日期 Date', width: 54, whole: true },
        { header: '车架号 VIN', width: 104, whole: true },
        { header: '配件 Part', width: 56 },
        { header: '申报 Claimed', width: 58, align: 'right' },
        { header: '审核 Decision', width: 81 },
        { header: '结算 Paid', width: 58, align: 'right' },
      ],
      d.lines.map((l) => [
        l.repairOrderNo,
        l.repairDate,
        l.serial,
        `${l.partCode} ×${l.quantity}`,
        formatFen(l.claimedFen),
        decisionText(l),
        formatFen(paid(l)),
      ]),
    )
    const deductions = d.entries.filter((e) => e.causeType !== 'claim_line')
    if (deductions.length) {
      doc.fontSize(12).text('扣款 Deductions').moveDown(0.3)
      drawTable(
        doc,
        [
          { header: '类型 Type', width: 110 },
          { header: '说明 Description', width: 309 },
          { header: '金额 Amount', width: 80, align: 'right' },
        ],
        deductions.map((e) => [LEDGER_CAUSE_LABELS[e.causeType].zh, e.memo, formatFen(-e.amountFen)]),
      )
    }
    drawSignatureBlock(doc, STATEMENT_SIGNATURES)
  })
}
