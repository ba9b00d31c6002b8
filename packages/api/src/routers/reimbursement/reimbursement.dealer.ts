import {
  addReimbursementLineInput,
  claimForPeriodInput,
  importReimbursementLinesInput,
  listReimbursementsInput,
  offsetOf,
  ownDealerLedgerInput,
  reimbursementClaimIdInput,
  reimbursementStatementDownloadInput,
  reimbursementStatementsInput,
  removeReimbursementLineInput,
  submitReimbursementInput,
  updateReimbursementLineInput,
  withdrawReimbursementInput,
} from '@asq/domain'
import { withFormat } from '../../exports/export-procedure'
import { dealerProcedure, idempotency, router } from '../../trpc'
import { exportClaimLines } from './reimbursement.claim-export'
import {
  addLine,
  getClaim,
  importLines,
  openClaim,
  previewValidation,
  removeLine,
  submitClaim,
  updateLine,
  withdrawClaim,
} from './reimbursement.claims'
import { reimbursementDealerExports } from './reimbursement.exports'
import { accountView, loadStatement, runView, statementDetail, statementFile } from './reimbursement.views'

/** Station staff build the month's claim; only the station manager submits or withdraws it. */
const staff = () => dealerProcedure()
const manager = () => dealerProcedure('dealer_manager')

/** The service station's side: its own claims, statements and account — never another station's. */
export const reimbursementDealerRouter = router({
  ...reimbursementDealerExports,
  /** The claim for a month (YYYY-MM), created as a draft on first use; a future month is refused. */
  openClaim: staff()
    .input(claimForPeriodInput)
    .mutation(({ ctx, input }) => openClaim(ctx, input.period)),
  claim: staff()
    .input(reimbursementClaimIdInput)
    .query(({ ctx, input }) => getClaim(ctx, input.id)),
  claims: staff()
    .input(listReimbursementsInput)
    .query(async ({ ctx, input }) => {
      const { items, total } = await ctx.repos.reimbursement.claims.list({
        dealerId: ctx.dealerId,
        status: input.status,
        period: input.period,
        limit: input.pageSize,
        offset: offsetOf(input),
      })
      return { items, total, page: input.page, pageSize: input.pageSize }
    }),
  addLine: staff()
    .input(addReimbursementLineInput)
    .mutation(({ ctx, input }) => addLine(ctx, input)),
  updateLine: staff()
    .input(updateReimbursementLineInput)
    .mutation(({ ctx, input }) => updateLine(ctx, input)),
  removeLine: staff()
    .input(removeReimbursementLineInput)
    .mutation(({ ctx, input }) => removeLine(ctx, input)),
  importLines: staff()
    .input(importReimbursementLinesInput)
    .mutation(({ ctx, input }) => importLines(ctx, input)),
  /** The claim's lines as a repair-order file in the import's columns, streamed by /export/…. */
  exportLines: staff()
    .meta({ export: true })
    .input(withFormat(reimbursementClaimIdInput))
    .query(({ ctx, input }) => exportClaimLines(ctx, input)),
  /** Every line's problems as submission would see them now; changes nothing. */
  validate: staff()
    .input(reimbursementClaimIdInput)
    .query(({ ctx, input }) => previewValidation(ctx, input.id)),
  submit: manager()
    .input(submitReimbursementInput)
    .use(idempotency)
    .mutation(({ ctx, input }) => submitClaim(ctx, input)),
  withdraw: manager()
    .input(withdrawReimbursementInput)
    .mutation(({ ctx, input }) => withdrawClaim(ctx, input)),
  statements: staff()
    .input(reimbursementStatementsInput.omit({ dealerId: true }))
    .query(async ({ ctx, input }) => {
      const { items, total } = await ctx.repos.reimbursement.settlements.list({
        dealerId: ctx.dealerId,
        period: input.period,
        limit: input.pageSize,
        offset: offsetOf(input),
      })
      return { items: items.map(runView), total, page: input.page, pageSize: input.pageSize }
    }),
  statement: staff()
    .input(reimbursementClaimIdInput)
    .query(async ({ ctx, input }) =>
      statementDetail(await loadStatement(ctx.repos, input.id, ctx.dealerId), 'dealer'),
    ),
  downloadStatement: staff()
    .input(reimbursementStatementDownloadInput)
    .query(async ({ ctx, input }) =>
      statementFile(await loadStatement(ctx.repos, input.id, ctx.dealerId), input.format),
    ),
  /** The station's account: balance (sum of its entries) and history, newest first. */
  account: staff()
    .input(ownDealerLedgerInput)
    .query(({ ctx, input }) => accountView(ctx.repos, ctx.dealerId, input.page, input.pageSize)),
})
