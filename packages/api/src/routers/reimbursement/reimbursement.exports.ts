import type { DealerLedgerEntry, ReimbursementClaimSummary, SettlementRun } from '@asq/domain'
import {
  dealerLedgerInput,
  encodeKeys,
  LEDGER_CAUSE_LABELS,
  notFound,
  REIMBURSEMENT_STATUS_LABELS,
  reimbursementAuditQueueInput,
  reimbursementStatementsInput,
} from '@asq/domain'
import { z } from 'zod'
import type { Context } from '../../context'
import { moneyColumn, timeColumn, yuanCell } from '../../exports/export-cells'
import { columnsOf, describeExport, keysetRows, nextAfter, withFormat } from '../../exports/export-procedure'
import type { ExportFormat } from '../../exports/stream-export'
import type { Cell } from '../../reports/xlsx'
import { dealerProcedure, hqProcedure } from '../../trpc'
import { entryView } from './reimbursement.views'

const finance = () => hqProcedure('hq_admin', 'hq_finance')
/** A list's filters without its page (an export has every row). */
const unpaged = { page: true, pageSize: true, q: true } as const

const QUEUE_COLUMNS = columnsOf(
  '月份 Period',
  '服务站编码 Dealer code',
  '服务站 Dealer',
  '状态 Status',
  '行数 Lines',
  '已审行数 Decided',
  moneyColumn('申报金额(元) Claimed (yuan)'),
  moneyColumn('核准金额(元) Approved (yuan)'),
  timeColumn('提交时间 Submitted'),
)
const queueCells = (format: ExportFormat) => {
  const yuan = yuanCell(format)
  return (c: ReimbursementClaimSummary): Cell[] => [
    c.period,
    c.dealerCode,
    c.dealerName,
    REIMBURSEMENT_STATUS_LABELS[c.status].zh,
    c.lines,
    c.decided,
    yuan(c.claimedFen),
    yuan(c.approvedFen),
    c.submittedAt,
  ]
}

const STATEMENT_COLUMNS = columnsOf(
  '结算单号 Statement',
  '月份 Period',
  '服务站编码 Dealer code',
  '服务站 Dealer',
  '行数 Lines',
  moneyColumn('报销金额(元) Lines (yuan)'),
  moneyColumn('扣款(元) Deductions (yuan)'),
  moneyColumn('净额(元) Net (yuan)'),
  moneyColumn('期初余额(元) Opening (yuan)'),
  moneyColumn('期末余额(元) Closing (yuan)'),
  timeColumn('结算时间 Settled'),
)
const statementCells = (format: ExportFormat) => {
  const yuan = yuanCell(format)
  return (r: SettlementRun): Cell[] => [
    r.statementNo,
    r.period,
    r.dealerCode,
    r.dealerName,
    r.lineCount,
    yuan(r.linesFen),
    yuan(r.deductionsFen),
    yuan(r.netFen),
    yuan(r.openingBalanceFen),
    yuan(r.closingBalanceFen),
    r.settledAt,
  ]
}

const LEDGER_COLUMNS = columnsOf(
  timeColumn('记账时间 Posted'),
  '类别 Cause',
  '摘要 Memo',
  '方向 Direction',
  moneyColumn('金额(元) Amount (yuan)'),
  moneyColumn('对服务站影响(元) Effect (yuan)'),
)
const ledgerCells = (format: ExportFormat) => {
  const yuan = yuanCell(format)
  return (e: DealerLedgerEntry): Cell[] => {
    const v = entryView(e)
    return [
      v.postedAt,
      LEDGER_CAUSE_LABELS[v.causeType].zh,
      v.memo,
      v.effectFen >= 0 ? '贷 Credit' : '借 Debit',
      yuan(v.amountFen),
      yuan(v.effectFen),
    ]
  }
}

/** Claims of the queue's filters, in its order (newest month, then dealer code). */
function queueFile(ctx: Context, f: z.infer<typeof queueInput>) {
  return describeExport(ctx.clock(), 'audit-queue', f.format, {
    sheet: '审核队列 Audit queue',
    columns: QUEUE_COLUMNS,
    rows: keysetRows(async (after, limit) => {
      const { dealerId, status, period } = f
      const { items } = await ctx.repos.reimbursement.claims.list({
        ...{ dealerId, status, period, limit, offset: 0, after, uncounted: true },
      })
      return { items, nextCursor: nextAfter(items, limit, (c) => encodeKeys([c.period, c.dealerCode])) }
    }, queueCells(f.format)),
  })
}

/** Statements of one dealer (the station's own) or of the filters (HQ). */
function statementsFile(ctx: Context, f: { format: ExportFormat; dealerId?: string; period?: string }) {
  return describeExport(ctx.clock(), 'statements', f.format, {
    sheet: '结算单 Statements',
    columns: STATEMENT_COLUMNS,
    rows: keysetRows(async (after, limit) => {
      const { items } = await ctx.repos.reimbursement.settlements.list({
        ...{ dealerId: f.dealerId, period: f.period, limit, offset: 0, after, uncounted: true },
      })
      return { items, nextCursor: nextAfter(items, limit, (r) => encodeKeys([r.period, r.dealerCode])) }
    }, statementCells(f.format)),
  })
}

/** One dealer's ledger, newest entry first. */
function ledgerFile(ctx: Context, dealerId: string, format: ExportFormat) {
  return describeExport(ctx.clock(), 'ledger', format, {
    sheet: '往来账 Ledger',
    columns: LEDGER_COLUMNS,
    rows: keysetRows(async (after, limit) => {
      const { items } = await ctx.repos.reimbursement.ledger.list(dealerId, limit, 0, {
        after,
        uncounted: true,
      })
      return { items, nextCursor: nextAfter(items, limit, (e) => encodeKeys([e.postedAt, e.id])) }
    }, ledgerCells(format)),
  })
}

const queueInput = withFormat(reimbursementAuditQueueInput.omit(unpaged))

/** HQ finance's lists as files: the audit queue, statements and a dealer's ledger. */
export const reimbursementHqExports = {
  exportQueue: finance()
    .meta({ export: true })
    .input(queueInput)
    .query(({ ctx, input }) => queueFile(ctx, input)),
  exportStatements: finance()
    .meta({ export: true })
    .input(withFormat(reimbursementStatementsInput.omit(unpaged)))
    .query(({ ctx, input }) => statementsFile(ctx, input)),
  exportLedger: finance()
    .meta({ export: true })
    .input(withFormat(dealerLedgerInput.omit(unpaged)))
    .query(async ({ ctx, input }) => {
      const dealer = await ctx.repos.organisations.byId(input.dealerId)
      if (dealer?.kind !== 'dealer') throw notFound('dealer')
      return ledgerFile(ctx, dealer.id, input.format)
    }),
}

/** A station's own statements and account as files; never another station's. */
export const reimbursementDealerExports = {
  exportStatements: dealerProcedure()
    .meta({ export: true })
    .input(withFormat(reimbursementStatementsInput.omit(unpaged).omit({ dealerId: true })))
    .query(({ ctx, input }) => statementsFile(ctx, { ...input, dealerId: ctx.dealerId })),
  exportAccount: dealerProcedure()
    .meta({ export: true })
    .input(withFormat(z.object({})))
    .query(({ ctx, input }) => ledgerFile(ctx, ctx.dealerId, input.format)),
}
