import type { CommandInput, CommandName } from '@asq/domain'
import {
  assignOwnerInput,
  commandInputs,
  customerHistoryInput,
  decideCompensationInput,
  handOverInput,
  idInput,
  intakeComplaintInput,
  listComplaintsInput,
  normalizeContact,
  offsetOf,
  openedRange,
  partsRequestStepInput,
  takeCaseInput,
  uploadEvidenceInput,
  vehicleHistoryInput,
  vehicleSearchInput,
} from '@asq/domain'
import { z } from 'zod'
import { dealerProcedure, idempotency, router } from '../../trpc'
import { changeOwner, ownerFilter, ownerPanel } from './complaint.assignment'
import { decideCompensation, stepPartsRequest } from './complaint.children'
import { runCommand } from './complaint.commands'
import { findOrCreateCustomer } from './complaint.customers'
import { attachmentContent, uploadEvidence } from './complaint.files'
import { fileComplaint } from './complaint.intake'
import { loadScoped, type Scope } from './complaint.service'
import { customerHistory, searchVehicles, vehicleHistory } from './complaint.vehicles'
import { stationView } from './complaint.views'

const station = (dealerId: string): Scope => ({ kind: 'station', stationId: dealerId })

/** A station command: any station staff, on the station's own complaints only. */
const command = <N extends CommandName>(name: N) =>
  dealerProcedure()
    .input(commandInputs[name])
    .mutation(({ ctx, input }) => runCommand(ctx, station(ctx.dealerId), name, input as CommandInput<N>))

/** The service station's side: its queue, the six steps, parts, technical support, goodwill. */
export const stationComplaintRouter = router({
  /** Vehicles the station sold or served, by a VIN fragment or the owner's phone. */
  vehicles: dealerProcedure()
    .input(vehicleSearchInput)
    .query(({ ctx, input }) => searchVehicles(ctx.repos, input.q, { stationId: ctx.dealerId })),
  /** One vehicle the station sold or served; any other is NOT_FOUND. */
  vehicle: dealerProcedure()
    .input(vehicleHistoryInput)
    .query(({ ctx, input }) =>
      vehicleHistory(ctx.repos, input.vin, { stationId: ctx.dealerId }, ctx.clock()),
    ),
  /** One customer's vehicles and whole history (those the station may see; else NOT_FOUND). */
  customer: dealerProcedure()
    .input(customerHistoryInput)
    .query(({ ctx, input }) =>
      customerHistory(ctx.repos, input.customerId, { stationId: ctx.dealerId }, ctx.clock()),
    ),
  /** The station's complaints, nearest deadline first. */
  queue: dealerProcedure()
    .input(listComplaintsInput)
    .query(async ({ ctx, input }) => {
      const list = await ctx.repos.complaints.list({
        ...input,
        ...openedRange(input),
        ...(await ownerFilter(ctx.repos, ctx.actor, input.owner)),
        stationId: ctx.dealerId,
        now: ctx.clock(),
        limit: input.pageSize,
        offset: offsetOf(input),
        after: input.cursor,
        order: 'due',
      })
      // No customer ids: they would tell which intakes matched the same (or a known) customer.
      const items = list.items.map(({ customerId: _, ...item }) => item)
      return { ...list, items, page: input.page, pageSize: input.pageSize }
    }),
  get: dealerProcedure()
    .input(idInput)
    .query(async ({ ctx, input }) =>
      stationView(ctx.repos, await loadScoped(ctx.repos, input.id, station(ctx.dealerId)), ctx.clock()),
    ),
  /**
   * A complaint taken at the station (on site or by phone); the station is the caller's own. The
   * contact is matched to a customer server-side; the answer, and every later station view of the
   * case, shows only what the station typed — never whether or whom the contact matched. No vehicle:
   * "is this vehicle the contact's?" would be an answer about someone else's profile.
   */
  intake: dealerProcedure()
    .input(intakeComplaintInput.omit({ stationId: true, vehicleId: true }))
    .use(idempotency)
    .mutation(({ ctx, input }) =>
      ctx.transact(async (tx) => {
        const customerId = await findOrCreateCustomer(tx, input.customerName, input.customerContact)
        const c = await fileComplaint(tx, ctx.actor, ctx.clock(), {
          customerId,
          channel: input.channel,
          severity: input.severity,
          input: { ...input, stationId: ctx.dealerId },
          stationContact: {
            name: input.customerName,
            contact: normalizeContact(input.customerContact).value,
          },
        })
        return { id: c.id, number: c.number, version: c.version }
      }),
    ),
  /** Assignment (issue 17): the owner panel, assign, take, hand over. */
  owners: dealerProcedure()
    .input(idInput)
    .query(({ ctx, input }) => ownerPanel(ctx, station(ctx.dealerId), input.id)),
  assignOwner: dealerProcedure('dealer_manager')
    .input(assignOwnerInput)
    .use(idempotency)
    .mutation(({ ctx, input }) => changeOwner(ctx, station(ctx.dealerId), { kind: 'assign_owner', input })),
  takeCase: dealerProcedure()
    .input(takeCaseInput)
    .use(idempotency)
    .mutation(({ ctx, input }) => changeOwner(ctx, station(ctx.dealerId), { kind: 'take', input })),
  handOver: dealerProcedure()
    .input(handOverInput)
    .use(idempotency)
    .mutation(({ ctx, input }) => changeOwner(ctx, station(ctx.dealerId), { kind: 'hand_over', input })),
  respond: command('respond'),
  startHandling: command('startHandling'),
  recordStory: command('recordStory'),
  proposeSolutions: command('proposeSolutions'),
  checkStock: command('checkStock'),
  raisePartsRequest: command('raisePartsRequest'),
  waitForCustomer: command('waitForCustomer'),
  customerBack: command('customerBack'),
  requestTechSupport: command('requestTechSupport'),
  proposeCompensation: command('proposeCompensation'),
  resolve: command('resolve'),
  startFollowUp: command('startFollowUp'),
  recordFollowUp: command('recordFollowUp'),
  addNote: command('addNote'),
  /** The parts arrived at the station. */
  receiveParts: dealerProcedure()
    .input(z.object({ requestId: partsRequestStepInput.shape.requestId }))
    .mutation(({ ctx, input }) =>
      stepPartsRequest(ctx, station(ctx.dealerId), { requestId: input.requestId, to: 'received' }),
    ),
  /** The station manager decides goodwill above a service advisor's authority. */
  decideCompensation: dealerProcedure('dealer_manager')
    .input(decideCompensationInput)
    .mutation(({ ctx, input }) => decideCompensation(ctx, station(ctx.dealerId), input)),
  upload: dealerProcedure()
    .input(uploadEvidenceInput)
    .mutation(({ ctx, input }) => uploadEvidence(ctx, station(ctx.dealerId), input)),
  attachment: dealerProcedure()
    .input(idInput)
    .query(({ ctx, input }) => attachmentContent(ctx, station(ctx.dealerId), input.id)),
})
