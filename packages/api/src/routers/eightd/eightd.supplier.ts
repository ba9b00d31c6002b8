import {
  acceptRecoveryInput,
  disputeRecoveryInput,
  eightdClaimInput,
  eightdEvidenceIdInput,
  emptyScorecardTotals,
  offsetOf,
  saveStepDraftInput,
  scorecardFromTotals,
  submitStepInput,
  supplierInboxInput,
  uploadStepEvidenceInput,
} from '@asq/domain'
import { router, supplierProcedure } from '../../trpc'
import { evidenceContent, uploadStepEvidence } from './eightd.evidence'
import { exportSupplierClaims } from './eightd.exports'
import { eightdReportPdf } from './eightd.pdf'
import { acceptClaimRecovery, disputeClaimRecovery } from './eightd.recovery-actions'
import { loadClaim } from './eightd.service'
import { saveDraft, submitStep } from './eightd.step-actions'
import { listItemView, supplierClaimView } from './eightd.views'

const own = (supplierId: string) => ({ kind: 'supplier', supplierId }) as const

/** The supplier's side: its own claims only (the supplier id comes from the session, never the input). */
export const supplierEightdRouter = router({
  exportClaims: exportSupplierClaims,
  /** The inbox: open claims first by their next deadline. */
  inbox: supplierProcedure()
    .input(supplierInboxInput)
    .query(async ({ ctx, input }) => {
      const now = ctx.clock()
      const { items, total } = await ctx.repos.eightd.claims.list({
        ...input,
        supplierId: ctx.supplierId,
        now,
        limit: input.pageSize,
        offset: offsetOf(input),
        order: 'due',
      })
      return {
        items: items.map((c) => listItemView(c, now)),
        total,
        page: input.page,
        pageSize: input.pageSize,
      }
    }),
  get: supplierProcedure()
    .input(eightdClaimInput)
    .query(async ({ ctx, input }) =>
      supplierClaimView(
        ctx.repos,
        await loadClaim(ctx.repos, input.claimId, own(ctx.supplierId)),
        ctx.clock(),
      ),
    ),
  saveDraft: supplierProcedure()
    .input(saveStepDraftInput)
    .mutation(({ ctx, input }) => saveDraft(ctx, own(ctx.supplierId), input)),
  submit: supplierProcedure()
    .input(submitStepInput)
    .mutation(({ ctx, input }) => submitStep(ctx, own(ctx.supplierId), input)),
  upload: supplierProcedure()
    .input(uploadStepEvidenceInput)
    .mutation(({ ctx, input }) => uploadStepEvidence(ctx, own(ctx.supplierId), input)),
  evidence: supplierProcedure()
    .input(eightdEvidenceIdInput)
    .query(({ ctx, input }) => evidenceContent(ctx, own(ctx.supplierId), input.id)),
  acceptRecovery: supplierProcedure()
    .input(acceptRecoveryInput)
    .mutation(({ ctx, input }) => acceptClaimRecovery(ctx, ctx.supplierId, input)),
  disputeRecovery: supplierProcedure()
    .input(disputeRecoveryInput)
    .mutation(({ ctx, input }) => disputeClaimRecovery(ctx, ctx.supplierId, input)),
  /** The 8D report as a PDF (base64), all disciplines in it. */
  exportPdf: supplierProcedure()
    .input(eightdClaimInput)
    .query(async ({ ctx, input }) => {
      const claim = await loadClaim(ctx.repos, input.claimId, own(ctx.supplierId))
      const supplier = await ctx.repos.organisations.byId(ctx.supplierId)
      const pdf = await eightdReportPdf(
        await supplierClaimView(ctx.repos, claim, ctx.clock()),
        supplier?.nameZh ?? '',
      )
      return { filename: `${claim.number}.pdf`, mime: 'application/pdf', base64: pdf.toString('base64') }
    }),
  /** The supplier's own figures: claims, days per step, on-time rate, recovered amounts. */
  scorecard: supplierProcedure().query(async ({ ctx }) =>
    scorecardFromTotals(
      (await ctx.repos.eightd.scorecard.totals([ctx.supplierId])).get(ctx.supplierId) ??
        emptyScorecardTotals(),
    ),
  ),
})
