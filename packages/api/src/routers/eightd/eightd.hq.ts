import {
  computeRecoveryInput,
  DomainError,
  eightdClaimInput,
  eightdEvidenceIdInput,
  eightdScorecardInput,
  eightdStepRefInput,
  emptyScorecardTotals,
  isOverdue,
  listEightdClaimsInput,
  offsetOf,
  openClaimInput,
  overdueBoardInput,
  payableFen,
  reviewStepInput,
  reviseRecoveryInput,
  saveEightdPolicyInput,
  scorecardFromTotals,
  warrantyCostLines,
} from '@asq/domain'
import { hqProcedure, idempotency, router } from '../../trpc'
import { evidenceContent } from './eightd.evidence'
import { exportHqClaims } from './eightd.exports'
import { openClaim } from './eightd.open'
import { eightdReportPdf } from './eightd.pdf'
import { computeClaimRecovery, reviseClaimRecovery } from './eightd.recovery-actions'
import { loadClaim, loadEightdPolicy } from './eightd.service'
import { reviewStep } from './eightd.step-actions'
import { runEightdEscalationSweep } from './eightd.sweep'
import { hqClaimView, listItemView, supplierClaimView } from './eightd.views'

const HQ = { kind: 'hq' } as const
/** HQ quality runs 8D claims; admins too. */
const quality = () => hqProcedure('hq_admin', 'hq_quality')
/** Money: quality, admins and finance decide recoveries and read scorecards. */
const money = () => hqProcedure('hq_admin', 'hq_quality', 'hq_finance')

/** HQ's side of 8D: open, follow, review, escalate, recover. */
export const hqEightdRouter = router({
  exportClaims: exportHqClaims,
  open: quality()
    .input(openClaimInput)
    .use(idempotency)
    .mutation(({ ctx, input }) => openClaim(ctx, input)),
  list: money()
    .input(listEightdClaimsInput)
    .query(async ({ ctx, input }) => {
      const now = ctx.clock()
      const { items, total } = await ctx.repos.eightd.claims.list({
        ...input,
        now,
        limit: input.pageSize,
        offset: offsetOf(input),
        order: input.overdue ? 'due' : 'newest',
      })
      return {
        items: items.map((c) => listItemView(c, now)),
        total,
        page: input.page,
        pageSize: input.pageSize,
      }
    }),
  /** Open claims with an owed step past its deadline, most overdue first. */
  overdueBoard: quality()
    .input(overdueBoardInput)
    .query(async ({ ctx, input }) => {
      const now = ctx.clock()
      const { items, total } = await ctx.repos.eightd.claims.list({
        overdue: true,
        now,
        q: input.q,
        limit: input.pageSize,
        offset: offsetOf(input),
        order: 'due',
      })
      const rows = await Promise.all(
        items.map(async (c) => ({
          ...listItemView(c, now),
          overdueSteps: (await ctx.repos.eightd.steps.forClaim(c.id))
            .filter((s) => isOverdue(s, now))
            .map((s) => ({ step: s.step, deadlineAt: s.deadlineAt, status: s.status })),
        })),
      )
      return { items: rows, total, page: input.page, pageSize: input.pageSize, now }
    }),
  get: money()
    .input(eightdClaimInput)
    .query(async ({ ctx, input }) =>
      hqClaimView(ctx.repos, await loadClaim(ctx.repos, input.claimId, HQ), ctx.clock()),
    ),
  /** The step's current submission beside the one before it, with the review of that one. */
  compare: quality()
    .input(eightdStepRefInput)
    .query(async ({ ctx, input }) => {
      const claim = await loadClaim(ctx.repos, input.claimId, HQ)
      const [revisions, reviews] = await Promise.all([
        ctx.repos.eightd.steps.revisions(claim.id, input.step),
        ctx.repos.eightd.reviews.forClaim(claim.id),
      ])
      const [current, previous] = revisions
      const reviewOf = (rev?: number) =>
        reviews.find((r) => r.step === input.step && r.revision === rev) ?? null
      return {
        step: input.step,
        current: current ?? null,
        previous: previous ?? null,
        previousReview: reviewOf(previous?.revision),
      }
    }),
  review: quality()
    .input(reviewStepInput)
    .mutation(({ ctx, input }) => reviewStep(ctx, input)),
  evidence: quality()
    .input(eightdEvidenceIdInput)
    .query(({ ctx, input }) => evidenceContent(ctx, HQ, input.id)),
  /**
   * The recovery's starting cost lines: what HQ paid stations under warranty for the claim's part
   * (only the repair orders named in the claim's warranty references, when it names any).
   */
  warrantyCosts: money()
    .input(eightdClaimInput)
    .query(async ({ ctx, input }) => {
      const claim = await loadClaim(ctx.repos, input.claimId, HQ)
      const refs = claim.warrantyRefs.map((r) => r.trim()).filter(Boolean)
      const paid = await ctx.repos.reimbursement.lines.paidForPart(
        claim.partCode,
        refs.length ? refs : null,
        100,
      )
      const dealers = new Map((await ctx.repos.organisations.list({ kind: 'dealer' })).map((o) => [o.id, o]))
      return warrantyCostLines(
        paid.map((l) => ({
          repairOrderNo: l.repairOrderNo,
          repairDate: l.repairDate,
          partCode: l.partCode,
          quantity: l.quantity,
          stationLabel: dealers.get(l.dealerId)?.nameZh ?? l.dealerId,
          paidFen: payableFen(l),
          partsFen: l.pricing?.partsFen ?? null,
        })),
      )
    }),
  computeRecovery: money()
    .input(computeRecoveryInput)
    .mutation(({ ctx, input }) => computeClaimRecovery(ctx, input)),
  reviseRecovery: money()
    .input(reviseRecoveryInput)
    .mutation(({ ctx, input }) => reviseClaimRecovery(ctx, input)),
  exportPdf: quality()
    .input(eightdClaimInput)
    .query(async ({ ctx, input }) => {
      const claim = await loadClaim(ctx.repos, input.claimId, HQ)
      const supplier = await ctx.repos.organisations.byId(claim.supplierId)
      const pdf = await eightdReportPdf(
        await supplierClaimView(ctx.repos, claim, ctx.clock()),
        supplier?.nameZh ?? '',
      )
      return { filename: `${claim.number}.pdf`, mime: 'application/pdf', base64: pdf.toString('base64') }
    }),
  scorecard: money()
    .input(eightdScorecardInput)
    .query(async ({ ctx, input }) => {
      const suppliers = (await ctx.repos.organisations.list({ kind: 'supplier' })).filter(
        (s) => !input.supplierId || s.id === input.supplierId,
      )
      // One grouped query for every supplier shown, not each one's claims and steps loaded.
      const totals = await ctx.repos.eightd.scorecard.totals(input.supplierId ? [input.supplierId] : null)
      return suppliers.map((s) => ({
        supplierId: s.id,
        name: { zh: s.nameZh, en: s.nameEn },
        ...scorecardFromTotals(totals.get(s.id) ?? emptyScorecardTotals()),
      }))
    }),
  policy: quality().query(async ({ ctx }) => {
    const p = await loadEightdPolicy(ctx.repos)
    return { version: p.version, settings: p.settings }
  }),
  savePolicy: hqProcedure('hq_admin')
    .input(saveEightdPolicyInput)
    .mutation(({ ctx, input }) =>
      ctx.transact(async (tx) => {
        const current = await loadEightdPolicy(tx.repos)
        const version = input.baseVersion + 1
        const ok =
          current.version === input.baseVersion &&
          (await tx.repos.eightd.policy.save({
            version,
            settings: input.settings,
            effectiveFrom: ctx.clock(),
            createdBy: ctx.actor.username,
          }))
        if (!ok)
          throw new DomainError(
            'CONFLICT',
            'EIGHTD.POLICY_STALE',
            'The 8D settings were changed meanwhile; reload them',
          )
        await tx.audit({
          action: 'eightd.policy.save',
          entityType: 'eightd_policy',
          entityId: String(version),
          before: { version: current.version, settings: current.settings },
          after: { version, settings: input.settings },
        })
        return { version }
      }),
    ),
  /** Runs the 8D escalation sweep now (it also runs on a schedule in the server). */
  runEscalationSweep: hqProcedure('hq_admin').mutation(async ({ ctx }) => {
    const result = await runEightdEscalationSweep(ctx, ctx.clock())
    await ctx.transact(({ audit }) =>
      audit({
        action: 'eightd.sweep',
        entityType: 'sweep',
        entityId: 'eightd-escalation',
        before: null,
        after: result,
      }),
    )
    return result
  }),
})
