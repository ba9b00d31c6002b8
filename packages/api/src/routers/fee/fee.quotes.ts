import type { CreateQuoteInput, FeeQuote, RepairInput, Repositories } from '@asq/domain'
import {
  assertChargeable,
  createQuoteInput,
  customerQuoteView,
  DomainError,
  finaliseQuoteInput,
  idInput,
  listQuotesInput,
  notFound,
  offsetOf,
  pageInputSchema,
  priceRepair,
  simulateRepairInput,
  staleVersion,
} from '@asq/domain'
import type { Context } from '../../context'
import { customerProcedure, idempotency } from '../../trpc'
import { feeReaders, stationStaff } from './fee.roles'
import { rulesFor } from './fee.service'
import { pricedView, quoteListItem, quoteView } from './fee.views'

const unknownVin = () =>
  new DomainError('BAD_INPUT', 'FEE.UNKNOWN_VIN', 'No vehicle with this VIN is registered', { field: 'vin' })

const auditedQuote = (q: FeeQuote) => ({
  number: q.number,
  status: q.status,
  repairDate: q.repair.repairDate,
  customerChargeFen: q.customerChargeFen,
  dealerReimbursementFen: q.dealerReimbursementFen,
  unapprovedStandard: q.unapprovedStandard,
})

async function loadOwnQuote(repos: Repositories, id: string, dealerId: string) {
  const q = await repos.fee.quotes.byId(id)
  if (!q || q.dealerId !== dealerId) throw notFound('fee_quote')
  return q
}

/** Prices and stores a quote; with a VIN, the vehicle's own facts and owner replace the typed ones. */
async function createQuote(
  ctx: Context & { actor: { username: string }; dealerId: string },
  input: CreateQuoteInput,
) {
  const { clientRequestId, vin, finalise, ...typed } = input
  let repair: RepairInput = typed
  let customerId: string | null = null
  if (vin) {
    const v = await ctx.repos.fee.vehicleByVin(vin)
    if (!v) throw unknownVin()
    repair = { ...typed, productLineCode: v.productLineCode, purchaseDate: v.purchaseDate, serial: v.vin }
    customerId = v.customerId
  }
  const priced = priceRepair(repair, await rulesFor(ctx.repos, repair, ctx.dealerId))
  if (finalise) assertChargeable(priced)
  return ctx.transact(async ({ repos, audit }) => {
    const at = ctx.clock()
    const { quote, created } = await repos.fee.quotes.create({
      dealerId: ctx.dealerId,
      customerId,
      vin: vin ?? null,
      repair,
      priced,
      status: finalise ? 'final' : 'open',
      customerChargeFen: priced.totals.customerChargeFen,
      dealerReimbursementFen: priced.totals.dealerReimbursementFen,
      unapprovedStandard: priced.unapprovedStandard,
      clientRequestId,
      createdBy: ctx.actor.username,
      createdAt: at,
      finalisedAt: finalise ? at : null,
    })
    if (created)
      await audit({
        action: 'fee.quote_create',
        entityType: 'fee_quote',
        entityId: quote.id,
        before: null,
        after: auditedQuote(quote),
      })
    return quoteView(quote)
  })
}

export const quoteHqProcedures = {
  /** The rule simulator: any repair at any station, priced line by line with explanations; nothing stored. */
  simulate: feeReaders()
    .input(simulateRepairInput)
    .query(async ({ ctx, input }) => {
      const { stationId, ...repair } = input
      return pricedView(priceRepair(repair, await rulesFor(ctx.repos, repair, stationId)))
    }),
}

export const quoteStationProcedures = {
  quote: stationStaff()
    .input(createQuoteInput)
    .use(idempotency)
    .mutation(({ ctx, input }) => createQuote(ctx, input)),
  /** Re-prices with the rules in force on the repair date (an approval may have come meanwhile) and fixes it. */
  finaliseQuote: stationStaff()
    .input(finaliseQuoteInput)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const before = await loadOwnQuote(repos, input.id, ctx.dealerId)
        if (before.version !== input.version || before.status !== 'open') throw staleVersion('fee_quote')
        const priced = priceRepair(before.repair, await rulesFor(repos, before.repair, ctx.dealerId))
        assertChargeable(priced)
        const after = await repos.fee.quotes.finalise(before.id, input.version, priced, ctx.clock())
        if (!after) throw staleVersion('fee_quote')
        await audit({
          action: 'fee.quote_finalise',
          entityType: 'fee_quote',
          entityId: after.id,
          before: auditedQuote(before),
          after: auditedQuote(after),
        })
        return quoteView(after)
      }),
    ),
  quotes: stationStaff()
    .input(listQuotesInput)
    .query(async ({ ctx, input }) => {
      const { items, total } = await ctx.repos.fee.quotes.list({
        dealerId: ctx.dealerId,
        status: input.status,
        limit: input.pageSize,
        offset: offsetOf(input),
      })
      return { items: items.map(quoteListItem), total, page: input.page, pageSize: input.pageSize }
    }),
  quoteDetail: stationStaff()
    .input(idInput)
    .query(async ({ ctx, input }) => quoteView(await loadOwnQuote(ctx.repos, input.id, ctx.dealerId))),
}

export const quoteCustomerProcedures = {
  /** The customer's own quotes, each charge with its plain-language reason. */
  quotes: customerProcedure.input(pageInputSchema).query(async ({ ctx, input }) => {
    const { items, total } = await ctx.repos.fee.quotes.list({
      customerId: ctx.customerId,
      limit: input.pageSize,
      offset: offsetOf(input),
    })
    return { items: items.map(customerQuoteView), total, page: input.page, pageSize: input.pageSize }
  }),
}
