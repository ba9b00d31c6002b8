import type { OldPartRegistration, OldPartStatus } from '@asq/domain'
import {
  assertOldPartStep,
  DomainError,
  isoDateSchema,
  listOldPartsInput,
  notFound,
  offsetOf,
  oldPartStepInput,
  overdueDeductions,
  pricesInForce,
  registerOldPartInput,
  returnDeadline,
  staleVersion,
  unknownPart,
} from '@asq/domain'
import { z } from 'zod'
import type { Context } from '../../context'
import { idempotency } from '../../trpc'
import { feeReaders, partsDesk, stationStaff } from './fee.roles'
import { todayOf } from './fee.service'
import { oldPartView } from './fee.views'

const audited = (r: OldPartRegistration) => ({
  registrationNumber: r.registrationNumber,
  partCode: r.partCode,
  quantity: r.quantity,
  returnDeadline: r.returnDeadline,
  status: r.status,
  note: r.note,
})

/** One step of the register, by its owner (dealerId) or by HQ (null), with optimistic concurrency. */
async function step(
  ctx: Context,
  input: { id: string; version: number; note?: string | null },
  dealerId: string | null,
  to: OldPartStatus,
) {
  return ctx.transact(async ({ repos, audit }) => {
    const before = await repos.fee.oldParts.byId(input.id)
    if (!before || (dealerId && before.dealerId !== dealerId)) throw notFound('old_part')
    if (before.version !== input.version) throw staleVersion('old_part')
    assertOldPartStep(before.status, to)
    const at = ctx.clock()
    const after = await repos.fee.oldParts.update(before.id, input.version, {
      status: to,
      note: input.note ?? before.note,
      ...(to === 'reported'
        ? { reportedAt: at }
        : to === 'received'
          ? { receivedAt: at }
          : { calledInAt: at }),
    })
    if (!after) throw staleVersion('old_part')
    await audit({
      action: `fee.old_part_${to}`,
      entityType: 'old_part',
      entityId: after.id,
      before: audited(before),
      after: audited(after),
    })
    return oldPartView(after, todayOf(ctx))
  })
}

async function list(ctx: Context, input: z.infer<typeof listOldPartsInput>, dealerId: string | undefined) {
  const today = todayOf(ctx)
  const { items, total } = await ctx.repos.fee.oldParts.list({
    dealerId,
    status: input.status,
    overdueAsOf: input.overdueOnly ? today : undefined,
    limit: input.pageSize,
    offset: offsetOf(input),
  })
  return { items: items.map((r) => oldPartView(r, today)), total, page: input.page, pageSize: input.pageSize }
}

/** Deductions for unreported old parts past their deadline, at the list prices in force on `asOf`. */
async function deductions(ctx: Context, dealerId: string | undefined, asOf: string) {
  const regs = await ctx.repos.fee.oldParts.unreported({ dealerId })
  const codes = [...new Set(regs.map((r) => r.partCode))]
  const [parts, prices] = await Promise.all([
    ctx.repos.fee.catalogue.parts(codes),
    ctx.repos.fee.catalogue.prices(codes),
  ])
  const lines = overdueDeductions(regs, asOf, pricesInForce(parts, prices, asOf))
  return { asOf, lines, totalFen: lines.reduce((a, l) => a + l.amountFen, 0) }
}

const deductionsInput = z.object({ dealerId: z.uuid().optional(), asOf: isoDateSchema.optional() })

export const oldPartHqProcedures = {
  oldParts: feeReaders()
    .input(listOldPartsInput)
    .query(({ ctx, input }) => list(ctx, input, input.dealerId)),
  markOldPartReceived: partsDesk()
    .input(oldPartStepInput)
    .mutation(({ ctx, input }) => step(ctx, input, null, 'received')),
  callInOldPart: partsDesk()
    .input(oldPartStepInput)
    .mutation(({ ctx, input }) => step(ctx, input, null, 'called_in')),
  /** What the reimbursement settlement deducts: every station, or one. */
  oldPartDeductions: feeReaders()
    .input(deductionsInput)
    .query(({ ctx, input }) => deductions(ctx, input.dealerId, input.asOf ?? todayOf(ctx))),
}

export const oldPartStationProcedures = {
  oldParts: stationStaff()
    .input(listOldPartsInput.omit({ dealerId: true }))
    .query(({ ctx, input }) => list(ctx, input, ctx.dealerId)),
  /** A part replaced under warranty gets its registration number and return deadline. */
  registerOldPart: stationStaff()
    .input(registerOldPartInput)
    .use(idempotency)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const today = todayOf(ctx)
        if (input.replacedOn > today)
          throw new DomainError('BAD_INPUT', 'FEE.FUTURE_DATE', 'The part cannot be replaced in the future', {
            field: 'replacedOn',
          })
        const [part] = await repos.fee.catalogue.parts([input.partCode])
        if (!part) throw unknownPart(input.partCode, 'partCode')
        if (input.quoteId) {
          const q = await repos.fee.quotes.byId(input.quoteId)
          if (!q || q.dealerId !== ctx.dealerId) throw notFound('fee_quote')
        }
        const deadline = returnDeadline(await repos.fee.deadlines.list(), {
          partCode: part.code,
          productLineCode: part.productLineCode,
          replacedOn: input.replacedOn,
        })
        const { registration, created } = await repos.fee.oldParts.register({
          dealerId: ctx.dealerId,
          clientRequestId: input.clientRequestId,
          quoteId: input.quoteId ?? null,
          partCode: part.code,
          productLineCode: part.productLineCode,
          quantity: input.quantity,
          serial: input.serial,
          replacedOn: input.replacedOn,
          returnDeadline: deadline,
          note: input.note ?? null,
          createdAt: ctx.clock(),
        })
        if (created)
          await audit({
            action: 'fee.old_part_register',
            entityType: 'old_part',
            entityId: registration.id,
            before: null,
            after: audited(registration),
          })
        return oldPartView(registration, today)
      }),
    ),
  reportOldPart: stationStaff()
    .input(oldPartStepInput)
    .mutation(({ ctx, input }) => step(ctx, input, ctx.dealerId, 'reported')),
  /** The station's overdue parts and what each will cost it. */
  overdueOldParts: stationStaff().query(({ ctx }) => deductions(ctx, ctx.dealerId, todayOf(ctx))),
}
