import type { DealerLedgerEntry, Repositories, SettlementRun } from '@asq/domain'
import { LEDGER_CAUSE_LABELS, notFound } from '@asq/domain'
import { lineView } from './reimbursement.service'
import { type StatementData, statementPdf, statementXlsx } from './reimbursement.statement'

export const runView = (r: SettlementRun) => ({
  id: r.id,
  statementNo: r.statementNo,
  period: r.period,
  dealerId: r.dealerId,
  dealerCode: r.dealerCode,
  dealerName: r.dealerName,
  linesFen: r.linesFen,
  deductionsFen: r.deductionsFen,
  netFen: r.netFen,
  openingBalanceFen: r.openingBalanceFen,
  closingBalanceFen: r.closingBalanceFen,
  lineCount: r.lineCount,
  trigger: r.trigger,
  settledAt: r.settledAt,
})

/** A ledger entry as the dealer's account shows it: signed for the dealer, with its cause. */
export const entryView = (e: DealerLedgerEntry) => {
  const account = `dealer:${e.dealerId}`
  return {
    id: e.id,
    postedAt: e.postedAt,
    causeType: e.causeType,
    causeLabel: LEDGER_CAUSE_LABELS[e.causeType],
    causeId: e.causeId,
    memo: e.memo,
    debitAccount: e.debitAccount,
    creditAccount: e.creditAccount,
    amountFen: e.amountFen,
    /** + credits the dealer (HQ owes more), − debits it. */
    effectFen: e.creditAccount === account ? e.amountFen : -e.amountFen,
    settlementId: e.settlementId,
  }
}

/** A statement the caller may see: the dealer's own (another's is "not found"), or any for HQ. */
export async function loadStatement(
  repos: Repositories,
  id: string,
  dealerId: string | null,
): Promise<StatementData> {
  const run = await repos.reimbursement.settlements.byId(id)
  if (!run || (dealerId !== null && run.dealerId !== dealerId)) throw notFound('statement')
  const [lines, entries] = await Promise.all([
    repos.reimbursement.lines.ofSettlement(run.id),
    repos.reimbursement.ledger.ofSettlement(run.id),
  ])
  return { run, lines, entries }
}

export const statementDetail = (d: StatementData, audience: 'dealer' | 'hq') => ({
  ...runView(d.run),
  lines: d.lines.map((l) => ({ ...lineView(l, audience), period: l.period })),
  entries: d.entries.map(entryView),
})

export async function statementFile(d: StatementData, format: 'xlsx' | 'pdf') {
  const content = format === 'xlsx' ? await statementXlsx(d) : await statementPdf(d)
  return {
    fileName: `${d.run.statementNo}.${format}`,
    mime:
      format === 'xlsx'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'application/pdf',
    contentBase64: content.toString('base64'),
  }
}

export async function accountView(repos: Repositories, dealerId: string, page: number, pageSize: number) {
  const [balanceFen, list, dealer] = await Promise.all([
    repos.reimbursement.ledger.balance(dealerId),
    repos.reimbursement.ledger.list(dealerId, pageSize, (page - 1) * pageSize),
    repos.organisations.byId(dealerId),
  ])
  if (dealer?.kind !== 'dealer') throw notFound('dealer')
  return {
    dealerId,
    dealerCode: dealer.code,
    dealerName: dealer.nameZh,
    balanceFen,
    items: list.items.map(entryView),
    total: list.total,
    page,
    pageSize,
  }
}
