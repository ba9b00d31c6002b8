import {
  correctionEntry,
  dealerLedgerInput,
  decideReimbursementLineInput,
  decideReimbursementLinesInput,
  notFound,
  offsetOf,
  postLedgerCorrectionInput,
  reimbursementAuditQueueInput,
  reimbursementClaimIdInput,
  reimbursementStatementDownloadInput,
  reimbursementStatementsInput,
  settlementPeriodInput,
  staleVersion,
  updateReimbursementSettingsInput,
} from '@asq/domain'
import { z } from 'zod'
import { hqProcedure, idempotency, router } from '../../trpc'
import { decide } from './reimbursement.audit'
import { reimbursementHqExports } from './reimbursement.exports'
import { claimView, deadlineDay, loadClaim } from './reimbursement.service'
import { previewSettlement, runSettlement } from './reimbursement.settlement'
import { accountView, loadStatement, runView, statementDetail, statementFile } from './reimbursement.views'

/** Finance audits and settles; admins too. Only admins change the settings (everyone there reads them). */
const finance = () => hqProcedure('hq_admin', 'hq_finance')
const admins = () => hqProcedure('hq_admin')

/** HQ's side: the audit queue, line decisions, settlement, statements, dealer accounts, settings. */
export const reimbursementHqRouter = router({
  ...reimbursementHqExports,
  /** Claims by dealer and period with their totals (lines, claimed, decided, approved). */
  queue: finance()
    .input(reimbursementAuditQueueInput)
    .query(async ({ ctx, input }) => {
      const { items, total } = await ctx.repos.reimbursement.claims.list({
        dealerId: input.dealerId,
        status: input.status,
        period: input.period,
        limit: input.pageSize,
        offset: offsetOf(input),
      })
      return { items, total, page: input.page, pageSize: input.pageSize }
    }),
  claim: finance()
    .input(reimbursementClaimIdInput)
    .query(async ({ ctx, input }) => {
      const c = await loadClaim(ctx.repos, input.id, null)
      return claimView(ctx.repos, c, await ctx.repos.reimbursement.lines.ofClaim(c.id), 'hq')
    }),
  decideLine: finance()
    .input(decideReimbursementLineInput)
    .mutation(({ ctx, input }) => {
      const { claimId, version, ...d } = input
      return decide(ctx, claimId, version, [d])
    }),
  /** The same decision (approve, or reject with one reason) on many lines of one claim. */
  decideLines: finance()
    .input(decideReimbursementLinesInput)
    .mutation(({ ctx, input }) =>
      decide(
        ctx,
        input.claimId,
        input.version,
        input.lineIds.map((lineId) => ({
          lineId,
          decision: input.decision,
          reasonCode: input.reasonCode,
          reasonText: input.reasonText,
        })),
      ),
    ),
  settlementPreview: finance()
    .input(settlementPeriodInput)
    .query(({ ctx, input }) => previewSettlement(ctx.repos, input.period)),
  /** Runs the settlement of a finished month by hand (the same idempotent run as the schedule). */
  runSettlement: finance()
    .input(settlementPeriodInput)
    .mutation(async ({ ctx, input }) => {
      const now = ctx.clock()
      const r = await runSettlement(ctx, input.period, now, { trigger: 'manual', actor: ctx.actor })
      await ctx.transact((tx) =>
        tx.audit({
          action: 'reimbursement.run_settlement',
          entityType: 'settlement_period',
          entityId: input.period,
          before: null,
          after: { settled: r.settled, alreadySettled: r.alreadySettled, nothingToSettle: r.nothingToSettle },
        }),
      )
      return {
        period: r.period,
        settled: r.settled,
        alreadySettled: r.alreadySettled,
        nothingToSettle: r.nothingToSettle,
        dealers: r.outcomes.map((o) => ({
          dealerId: o.dealerId,
          dealerCode: o.dealerCode,
          outcome: o.outcome,
          statement: o.run ? runView(o.run) : null,
        })),
      }
    }),
  statements: finance()
    .input(reimbursementStatementsInput)
    .query(async ({ ctx, input }) => {
      const { items, total } = await ctx.repos.reimbursement.settlements.list({
        dealerId: input.dealerId,
        period: input.period,
        limit: input.pageSize,
        offset: offsetOf(input),
      })
      return { items: items.map(runView), total, page: input.page, pageSize: input.pageSize }
    }),
  statement: finance()
    .input(reimbursementClaimIdInput)
    .query(async ({ ctx, input }) => statementDetail(await loadStatement(ctx.repos, input.id, null), 'hq')),
  downloadStatement: finance()
    .input(reimbursementStatementDownloadInput)
    .query(async ({ ctx, input }) =>
      statementFile(await loadStatement(ctx.repos, input.id, null), input.format),
    ),
  /** Every dealer's balance. */
  accounts: finance()
    .input(z.object({}).optional())
    .query(async ({ ctx }) => {
      const dealers = (await ctx.repos.organisations.list({ kind: 'dealer' })).sort((a, b) =>
        a.code.localeCompare(b.code),
      )
      return Promise.all(
        dealers.map(async (d) => ({
          dealerId: d.id,
          dealerCode: d.code,
          dealerName: d.nameZh,
          balanceFen: await ctx.repos.reimbursement.ledger.balance(d.id),
        })),
      )
    }),
  ledger: finance()
    .input(dealerLedgerInput)
    .query(({ ctx, input }) => accountView(ctx.repos, input.dealerId, input.page, input.pageSize)),
  /** A correction is a new entry (never an edit of a posted one); its key makes a retry harmless. */
  postCorrection: finance()
    .input(postLedgerCorrectionInput)
    .use(idempotency)
    .mutation(async ({ ctx, input }) => {
      const dealer = await ctx.repos.organisations.byId(input.dealerId)
      if (dealer?.kind !== 'dealer') throw notFound('dealer')
      const now = ctx.clock()
      const by = ctx.actor.username
      return ctx.transact(async (tx) => {
        const entry = correctionEntry(dealer.id, input.idempotencyKey, input.amountFen, input.memo)
        const posted = await tx.repos.reimbursement.ledger.postedKeys([entry.key])
        if (posted.size === 0) {
          const [e] = await tx.repos.reimbursement.ledger.post([entry], { settlementId: null, at: now, by })
          await tx.audit({
            action: 'reimbursement.correction',
            entityType: 'dealer_ledger_entry',
            entityId: e!.id,
            before: null,
            after: { dealerId: dealer.id, amountFen: input.amountFen, memo: input.memo },
          })
        }
        return { balanceFen: await tx.repos.reimbursement.ledger.balance(dealer.id) }
      })
    }),
  settings: finance()
    .input(z.object({}).optional())
    .query(async ({ ctx }) => ({
      version: (await ctx.repos.reimbursement.settings.current())?.version ?? 0,
      submissionDeadlineDay: await deadlineDay(ctx.repos),
    })),
  updateSettings: admins()
    .input(updateReimbursementSettingsInput)
    .mutation(({ ctx, input }) => {
      const now = ctx.clock()
      return ctx.transact(async (tx) => {
        const current = await tx.repos.reimbursement.settings.current()
        if ((current?.version ?? 0) !== input.version) throw staleVersion('reimbursement_settings')
        const next = { version: input.version + 1, submissionDeadlineDay: input.submissionDeadlineDay }
        if (!(await tx.repos.reimbursement.settings.save(next, ctx.actor.username, now)))
          throw staleVersion('reimbursement_settings')
        await tx.audit({
          action: 'reimbursement.settings',
          entityType: 'reimbursement_settings',
          entityId: String(next.version),
          before: current,
          after: next,
        })
        return next
      })
    }),
})
