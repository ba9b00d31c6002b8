import type { FeeStandard } from '@asq/domain'
import {
  approvalEffectiveFrom,
  approveStandardInput,
  claimLineImpact,
  decideStandard,
  idInput,
  notFound,
  offsetOf,
  proposeStandardInput,
  rejectStandardInput,
  selectRulesInForce,
  staleVersion,
  standardImpact,
  standardInForce,
  standardQueueInput,
  type UnsubmittedClaimLine,
} from '@asq/domain'
import { z } from 'zod'
import type { Context } from '../../context'
import { idempotency } from '../../trpc'
import { feeReaders, ruleEditors, stationManager, stationStaff } from './fee.roles'
import { loadVersions, partCodesOf, todayOf } from './fee.service'
import { standardView } from './fee.views'

const audited = (s: FeeStandard) => ({
  seq: s.seq,
  labourRateFen: s.labourRateFen,
  calloutFeeFen: s.calloutFeeFen,
  extras: s.extras,
  effectiveFrom: s.effectiveFrom,
  status: s.status,
  decisionNote: s.decisionNote,
})

/** What approving a proposal would do to the station's open quotes, beside the standard in force today. */
async function impactOf(ctx: Context, id: string) {
  const s = await ctx.repos.fee.standards.byId(id)
  if (!s) throw notFound('fee_standard')
  const today = todayOf(ctx)
  const effectiveFrom = approvalEffectiveFrom(s.effectiveFrom, today)
  const quotes = await ctx.repos.fee.quotes.open(s.dealerId)
  const versions = await loadVersions(
    ctx.repos,
    s.dealerId,
    quotes.flatMap((q) => partCodesOf(q.repair)),
  )
  const open = quotes.map((q) => ({
    id: q.id,
    number: q.number,
    repair: q.repair,
    rules: selectRulesInForce(versions, q.repair.repairDate, q.repair.productLineCode),
    current: q.priced,
  }))
  const current = standardInForce(versions.standards, today)
  return {
    standard: standardView(s),
    effectiveFromIfApprovedToday: effectiveFrom,
    current: current.standard && current.approved ? standardView(current.standard) : null,
    ...standardImpact(open, s, effectiveFrom),
    claimLines: claimLineImpact(await unsubmittedClaimLines(ctx, s.dealerId), s, effectiveFrom),
  }
}

/** The lines of the station's monthly claims it has not submitted yet (issue 5's drafts). */
async function unsubmittedClaimLines(ctx: Context, dealerId: string): Promise<UnsubmittedClaimLine[]> {
  const { items } = await ctx.repos.reimbursement.claims.list({
    dealerId,
    status: 'draft',
    limit: 24,
    offset: 0,
  })
  const perClaim = await Promise.all(
    items.map(async (c) =>
      (await ctx.repos.reimbursement.lines.ofClaim(c.id)).map((l) => ({
        lineId: l.id,
        period: c.period,
        repairOrderNo: l.repairOrderNo,
        partCode: l.partCode,
        repairDate: l.repairDate,
        labourHours: l.labourHours,
        inWarranty: l.pricing?.inWarranty ?? false,
        labourFen: l.pricing?.labourFen ?? 0,
      })),
    ),
  )
  return perClaim.flat()
}

async function decide(
  ctx: Context & { actor: { username: string } },
  input: { id: string; version: number; note?: string | null },
  approve: boolean,
) {
  return ctx.transact(async ({ repos, audit }) => {
    const before = await repos.fee.standards.byId(input.id)
    if (!before) throw notFound('fee_standard')
    if (before.version !== input.version) throw staleVersion('fee_standard')
    const patch = decideStandard(before, {
      approve,
      note: input.note ?? null,
      by: ctx.actor.username,
      at: ctx.clock(),
      today: todayOf(ctx),
    })
    const after = await repos.fee.standards.decide(before.id, input.version, patch)
    if (!after) throw staleVersion('fee_standard')
    await audit({
      action: approve ? 'fee.standard_approve' : 'fee.standard_reject',
      entityType: 'fee_standard',
      entityId: after.id,
      before: audited(before),
      after: audited(after),
    })
    return standardView(after)
  })
}

export const standardHqProcedures = {
  /** The approval queue (status 'proposed' by default in the screen) and the history of decisions. */
  standards: feeReaders()
    .input(standardQueueInput.extend({ dealerId: z.uuid().optional() }))
    .query(async ({ ctx, input }) => {
      const { items, total } = await ctx.repos.fee.standards.list({
        status: input.status,
        dealerId: input.dealerId,
        limit: input.pageSize,
        offset: offsetOf(input),
      })
      return { items: items.map(standardView), total, page: input.page, pageSize: input.pageSize }
    }),
  standardImpact: feeReaders()
    .input(idInput)
    .query(({ ctx, input }) => impactOf(ctx, input.id)),
  /** In force from the later of its proposed date and today: an approval never reaches back. */
  approveStandard: ruleEditors()
    .input(approveStandardInput)
    .mutation(({ ctx, input }) => decide(ctx, input, true)),
  rejectStandard: ruleEditors()
    .input(rejectStandardInput)
    .mutation(({ ctx, input }) => decide(ctx, input, false)),
}

export const standardStationProcedures = {
  /** The station's own proposals and decisions, and which one is in force today. */
  standards: stationStaff().query(async ({ ctx }) => {
    const all = await ctx.repos.fee.standards.forDealer(ctx.dealerId)
    const current = standardInForce(all, todayOf(ctx))
    return {
      items: all.reverse().map(standardView),
      inForceId: current.approved ? (current.standard?.id ?? null) : null,
    }
  }),
  /** The station manager proposes; it applies only once HQ approves it. */
  proposeStandard: stationManager()
    .input(proposeStandardInput)
    .use(idempotency)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const { standard, created } = await repos.fee.standards.propose({
          dealerId: ctx.dealerId,
          clientRequestId: input.clientRequestId,
          labourRateFen: input.labourRateFen,
          calloutFeeFen: input.calloutFeeFen,
          extras: input.extras.map((e) => ({ ...e, nameEn: e.nameEn || e.nameZh })),
          effectiveFrom: input.effectiveFrom,
          note: input.note ?? null,
          proposedBy: ctx.actor.username,
          proposedAt: ctx.clock(),
        })
        if (created)
          await audit({
            action: 'fee.standard_propose',
            entityType: 'fee_standard',
            entityId: standard.id,
            before: null,
            after: audited(standard),
          })
        return standardView(standard)
      }),
    ),
}
