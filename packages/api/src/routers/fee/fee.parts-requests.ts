import type { DealerPartsRequest, DealerPartsRequestStatus } from '@asq/domain'
import {
  assertDealerPartsRequestStep,
  confirmedDebitsInput,
  confirmPartsRequestInput,
  dealerPartsRequestStepInput,
  listPartsRequestsInput,
  notFound,
  offsetOf,
  pricesInForce,
  raisePartsRequestInput,
  staleVersion,
  suggestedCost,
  unknownPart,
} from '@asq/domain'
import type { z } from 'zod'
import type { Context } from '../../context'
import { idempotency } from '../../trpc'
import { feeReaders, partsDesk, stationStaff } from './fee.roles'
import { todayOf } from './fee.service'
import { partsRequestView } from './fee.views'

const audited = (r: DealerPartsRequest) => ({
  number: r.number,
  status: r.status,
  lines: r.lines,
  costTotalFen: r.costTotalFen,
  estimatedShipDate: r.estimatedShipDate,
})

async function advance(
  ctx: Context & { actor: { username: string } },
  input: { id: string; version: number },
  dealerId: string | null,
  to: DealerPartsRequestStatus,
  extra: Partial<DealerPartsRequest> = {},
) {
  return ctx.transact(async ({ repos, audit }) => {
    const before = await repos.fee.partsRequests.byId(input.id)
    if (!before || (dealerId && before.dealerId !== dealerId)) throw notFound('parts_request')
    if (before.version !== input.version) throw staleVersion('parts_request')
    assertDealerPartsRequestStep(before.status, to)
    const at = ctx.clock()
    const stamp =
      to === 'confirmed'
        ? { confirmedAt: at, confirmedBy: ctx.actor.username }
        : to === 'shipped'
          ? { shippedAt: at }
          : { receivedAt: at }
    const after = await repos.fee.partsRequests.update(before.id, input.version, {
      status: to,
      ...stamp,
      ...extra,
    })
    if (!after) throw staleVersion('parts_request')
    // Parts received at the station are on its shelf.
    if (to === 'received') await repos.fee.stock.add(after.dealerId, after.lines, at)
    await audit({
      action: `fee.parts_request_${to}`,
      entityType: 'parts_request',
      entityId: after.id,
      before: audited(before),
      after: audited(after),
    })
    return partsRequestView(after)
  })
}

/** The request with what its lines cost at today's catalogue cost prices (HQ's suggested debit). */
async function withSuggestion(ctx: Context, r: DealerPartsRequest & { dealerName?: string }) {
  const codes = r.lines.map((l) => l.partCode)
  const [parts, prices] = await Promise.all([
    ctx.repos.fee.catalogue.parts(codes),
    ctx.repos.fee.catalogue.prices(codes),
  ])
  return {
    ...partsRequestView(r),
    suggestedCostFen: suggestedCost(r.lines, pricesInForce(parts, prices, todayOf(ctx))),
  }
}

async function list(
  ctx: Context,
  input: z.infer<typeof listPartsRequestsInput>,
  dealerId: string | undefined,
) {
  const { items, total } = await ctx.repos.fee.partsRequests.list({
    dealerId,
    status: input.status,
    limit: input.pageSize,
    offset: offsetOf(input),
  })
  return {
    items: await Promise.all(items.map((r) => withSuggestion(ctx, r))),
    total,
    page: input.page,
    pageSize: input.pageSize,
  }
}

export const partsRequestHqProcedures = {
  partsRequests: feeReaders()
    .input(listPartsRequestsInput)
    .query(({ ctx, input }) => list(ctx, input, input.dealerId)),
  /** HQ confirms content and cost and estimates the ship date; the cost is the dealer's debit. */
  confirmPartsRequest: partsDesk()
    .input(confirmPartsRequestInput)
    .mutation(({ ctx, input }) =>
      advance(ctx, input, null, 'confirmed', {
        costTotalFen: input.costTotalFen,
        estimatedShipDate: input.estimatedShipDate,
      }),
    ),
  shipPartsRequest: partsDesk()
    .input(dealerPartsRequestStepInput)
    .mutation(({ ctx, input }) => advance(ctx, input, null, 'shipped')),
  /** Debits of the requests confirmed in a month, for the dealer's account (the reimbursement settlement). */
  confirmedDebits: feeReaders()
    .input(confirmedDebitsInput)
    .query(async ({ ctx, input }) => {
      const debits = await ctx.repos.fee.partsRequests.confirmedDebits(input.dealerId, input.period)
      return { period: input.period, debits, totalFen: debits.reduce((a, d) => a + d.amountFen, 0) }
    }),
}

export const partsRequestStationProcedures = {
  partsRequests: stationStaff()
    .input(listPartsRequestsInput.omit({ dealerId: true }))
    .query(({ ctx, input }) => list(ctx, input, ctx.dealerId)),
  /** 先购买，后报销: the station asks HQ for parts; HQ confirms and debits it at cost. */
  raisePartsRequest: stationStaff()
    .input(raisePartsRequestInput)
    .use(idempotency)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const codes = [...new Set(input.lines.map((l) => l.partCode))]
        const known = new Set((await repos.fee.catalogue.parts(codes)).map((p) => p.code))
        input.lines.forEach((l, i) => {
          if (!known.has(l.partCode)) throw unknownPart(l.partCode, `lines.${i}.partCode`)
        })
        const { request, created } = await repos.fee.partsRequests.create({
          dealerId: ctx.dealerId,
          clientRequestId: input.clientRequestId,
          lines: input.lines,
          note: input.note ?? null,
          createdBy: ctx.actor.username,
          createdAt: ctx.clock(),
        })
        if (created)
          await audit({
            action: 'fee.parts_request_raise',
            entityType: 'parts_request',
            entityId: request.id,
            before: null,
            after: audited(request),
          })
        return partsRequestView(request)
      }),
    ),
  receivePartsRequest: stationStaff()
    .input(dealerPartsRequestStepInput)
    .mutation(({ ctx, input }) => advance(ctx, input, ctx.dealerId, 'received')),
  /** Parts on the station's shelf. */
  stock: stationStaff().query(({ ctx }) => ctx.repos.fee.stock.forDealer(ctx.dealerId)),
}
