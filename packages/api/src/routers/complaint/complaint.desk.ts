import type { CommandInput, CommandName } from '@asq/domain'
import {
  answerTechSupportInput,
  assignOwnerInput,
  commandInputs,
  customerHistoryInput,
  decideCompensationInput,
  handOverInput,
  idInput,
  intakeComplaintInput,
  listComplaintsInput,
  offsetOf,
  openedRange,
  PARTS_REQUEST_STATUSES,
  pageInputSchema,
  partsRequestStepInput,
  takeCaseInput,
  uploadEvidenceInput,
  vehicleHistoryInput,
  vehicleSearchInput,
} from '@asq/domain'
import { z } from 'zod'
import { hqProcedure, idempotency, router } from '../../trpc'
import { changeOwner, ownerFilter, ownerPanel } from './complaint.assignment'
import { answerTechRequest, decideCompensation, stepPartsRequest } from './complaint.children'
import { runCommand } from './complaint.commands'
import { findOrCreateCustomer } from './complaint.customers'
import { deskExport } from './complaint.export'
import { attachmentContent, uploadEvidence } from './complaint.files'
import { fileComplaint } from './complaint.intake'
import { loadScoped, type Scope } from './complaint.service'
import { runEscalationSweep } from './complaint.sweep'
import { customerHistory, searchVehicles, vehicleHistory } from './complaint.vehicles'
import { staffView } from './complaint.views'

const HQ: Scope = { kind: 'hq' }
/** The complaint desk: HQ service, quality and admins. Finance has no business here. */
const desk = () => hqProcedure('hq_admin', 'hq_service', 'hq_quality')

const command = <N extends CommandName>(name: N) =>
  desk()
    .input(commandInputs[name])
    .mutation(({ ctx, input }) => runCommand(ctx, HQ, name, input as CommandInput<N>))

/** HQ's side: the desk, the escalation board, approvals, parts centre and technical support. */
export const deskComplaintRouter = router({
  /** Vehicles by a VIN fragment or the owner's phone; every HQ role (finance reads claim lines too). */
  vehicles: hqProcedure()
    .input(vehicleSearchInput)
    .query(({ ctx, input }) => searchVehicles(ctx.repos, input.q, { stationId: null })),
  /** One vehicle's facts, warranty today and whole history. */
  vehicle: hqProcedure()
    .input(vehicleHistoryInput)
    .query(({ ctx, input }) => vehicleHistory(ctx.repos, input.vin, { stationId: null }, ctx.clock())),
  /** One customer's vehicles and whole history. */
  customer: hqProcedure()
    .input(customerHistoryInput)
    .query(({ ctx, input }) =>
      customerHistory(ctx.repos, input.customerId, { stationId: null }, ctx.clock()),
    ),
  list: desk()
    .input(listComplaintsInput)
    .query(async ({ ctx, input }) => {
      const list = await ctx.repos.complaints.list({
        ...input,
        ...openedRange(input),
        ...(await ownerFilter(ctx.repos, ctx.actor, input.owner)),
        now: ctx.clock(),
        limit: input.pageSize,
        offset: offsetOf(input),
        after: input.cursor,
        order: input.overdue ? 'due' : 'newest',
      })
      return { ...list, page: input.page, pageSize: input.pageSize }
    }),
  get: desk()
    .input(idInput)
    .query(async ({ ctx, input }) =>
      staffView(ctx.repos, await loadScoped(ctx.repos, input.id, HQ), ctx.clock()),
    ),
  /** Phone and hotline complaints taken by the desk. */
  intake: desk()
    .input(intakeComplaintInput)
    .use(idempotency)
    .mutation(({ ctx, input }) =>
      ctx.transact(async (tx) => {
        const customerId = await findOrCreateCustomer(tx, input.customerName, input.customerContact)
        const c = await fileComplaint(tx, ctx.actor, ctx.clock(), {
          customerId,
          channel: input.channel,
          severity: input.severity,
          input,
        })
        return { id: c.id, number: c.number, version: c.version }
      }),
    ),
  /** Assignment (issue 17): the owner panel, assign, take, hand over. */
  owners: desk()
    .input(idInput)
    .query(({ ctx, input }) => ownerPanel(ctx, HQ, input.id)),
  assignOwner: hqProcedure('hq_admin', 'hq_service')
    .input(assignOwnerInput)
    .use(idempotency)
    .mutation(({ ctx, input }) => changeOwner(ctx, HQ, { kind: 'assign_owner', input })),
  takeCase: hqProcedure('hq_admin', 'hq_service')
    .input(takeCaseInput)
    .use(idempotency)
    .mutation(({ ctx, input }) => changeOwner(ctx, HQ, { kind: 'take', input })),
  handOver: hqProcedure('hq_admin', 'hq_service')
    .input(handOverInput)
    .use(idempotency)
    .mutation(({ ctx, input }) => changeOwner(ctx, HQ, { kind: 'hand_over', input })),
  respond: command('respond'),
  startHandling: command('startHandling'),
  assign: command('assign'),
  recordCountermeasure: command('recordCountermeasure'),
  reclassify: command('reclassify'),
  proposeCompensation: command('proposeCompensation'),
  resolve: command('resolve'),
  startFollowUp: command('startFollowUp'),
  recordFollowUp: command('recordFollowUp'),
  reopen: command('reopen'),
  addNote: command('addNote'),
  /** Breached and near-breach cases, nearest deadline first. */
  escalationBoard: desk()
    .input(
      pageInputSchema.extend({
        withinHours: z
          .number()
          .int()
          .min(1)
          .max(24 * 30)
          .default(24),
      }),
    )
    .query(async ({ ctx, input }) => {
      const now = ctx.clock()
      const dueBefore = new Date(now.getTime() + input.withinHours * 3_600_000)
      const { items, total } = await ctx.repos.complaints.list({
        dueBefore,
        now,
        limit: input.pageSize,
        offset: offsetOf(input),
        order: 'due',
      })
      return { items, total, page: input.page, pageSize: input.pageSize, now }
    }),
  /** The list as CSV or XLSX, streamed by /export/complaint.desk.export. */
  export: deskExport,
  compensationQueue: desk()
    .input(pageInputSchema)
    .query(async ({ ctx, input }) => ({
      ...(await ctx.repos.compensations.listPending(input.pageSize, offsetOf(input))),
      page: input.page,
      pageSize: input.pageSize,
    })),
  decideCompensation: hqProcedure('hq_admin', 'hq_service')
    .input(decideCompensationInput)
    .mutation(({ ctx, input }) => decideCompensation(ctx, HQ, input)),
  techQueue: desk()
    .input(pageInputSchema)
    .query(async ({ ctx, input }) => ({
      ...(await ctx.repos.techSupportRequests.listOpen(input.pageSize, offsetOf(input))),
      page: input.page,
      pageSize: input.pageSize,
    })),
  answerTechSupport: desk()
    .input(answerTechSupportInput)
    .mutation(({ ctx, input }) => answerTechRequest(ctx, input)),
  /** The regional parts centre's queue of parts-support requests. */
  partsQueue: hqProcedure('hq_admin', 'hq_service')
    .input(pageInputSchema.extend({ status: z.enum(PARTS_REQUEST_STATUSES).optional() }))
    .query(async ({ ctx, input }) => ({
      ...(await ctx.repos.partsSupportRequests.list({
        status: input.status,
        limit: input.pageSize,
        offset: offsetOf(input),
      })),
      page: input.page,
      pageSize: input.pageSize,
    })),
  stepPartsRequest: hqProcedure('hq_admin', 'hq_service')
    .input(partsRequestStepInput.extend({ to: z.enum(['confirmed', 'shipped']) }))
    .mutation(({ ctx, input }) => stepPartsRequest(ctx, HQ, input)),
  upload: desk()
    .input(uploadEvidenceInput)
    .mutation(({ ctx, input }) => uploadEvidence(ctx, HQ, input)),
  attachment: desk()
    .input(idInput)
    .query(({ ctx, input }) => attachmentContent(ctx, HQ, input.id)),
  /** Runs the escalation sweep now (it also runs on a schedule in the server). */
  runEscalationSweep: hqProcedure('hq_admin').mutation(async ({ ctx }) => {
    const result = await runEscalationSweep(ctx)
    await ctx.transact(({ audit }) =>
      audit({
        action: 'complaint.sweep',
        entityType: 'sweep',
        entityId: 'escalation',
        before: null,
        after: result,
      }),
    )
    return result
  }),
})
