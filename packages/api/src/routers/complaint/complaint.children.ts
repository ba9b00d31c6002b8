import type {
  Actor,
  AuditEvent,
  CommandInput,
  CommandName,
  Complaint,
  Decision,
  Repositories,
  StaffActor,
} from '@asq/domain'
import {
  assertMayApprove,
  assertPartsRequestStep,
  compensationStatusFor,
  DomainError,
  notFound,
  resumeFrom,
} from '@asq/domain'
import type { Context } from '../../context'
import { loadScoped, loadSla, persistDecision, type Scope } from './complaint.service'

type Tx = { repos: Repositories; audit(e: AuditEvent): Promise<void> }

/** Child records some commands create: a parts-support request, a technical-support request, goodwill. */
export async function withChildren(
  tx: Tx,
  actor: StaffActor,
  c: Complaint,
  name: CommandName,
  input: CommandInput<CommandName>,
  d: Decision,
  now: Date,
): Promise<Decision> {
  const i = input as Record<string, unknown>
  if (name === 'raisePartsRequest') {
    if (!c.stationId)
      throw new DomainError(
        'PRECONDITION',
        'COMPLAINT.NO_STATION',
        'Assign a station before requesting parts',
      )
    const station = await tx.repos.organisations.byId(c.stationId)
    const n = (await tx.repos.partsSupportRequests.forComplaint(c.id)).length + 1
    const req = await tx.repos.partsSupportRequests.create({
      number: `PR-${c.number.slice(3)}-${n}`,
      complaintId: c.id,
      stationId: c.stationId,
      region: station?.region ?? null,
      lines: i.lines as never,
      createdAt: now,
    })
    await tx.audit({
      action: 'parts_request.create',
      entityType: 'parts_support_request',
      entityId: req.id,
      before: null,
      after: req,
    })
    return {
      ...d,
      events: d.events.map((e) =>
        e.type === 'parts_requested'
          ? { ...e, data: { ...e.data, requestId: req.id, number: req.number } }
          : e,
      ),
    }
  }
  if (name === 'requestTechSupport') {
    const req = await tx.repos.techSupportRequests.create({
      complaintId: c.id,
      stationId: c.stationId,
      question: i.question as string,
      askedAt: now,
    })
    await tx.audit({
      action: 'tech_request.create',
      entityType: 'tech_support_request',
      entityId: req.id,
      before: null,
      after: req,
    })
    return {
      ...d,
      events: [
        ...d.events,
        {
          type: 'tech_question',
          visibility: 'internal',
          data: { requestId: req.id, question: req.question },
        },
      ],
    }
  }
  if (name === 'proposeCompensation') {
    const { settings } = await loadSla(tx.repos)
    const amountFen = i.amountFen as number
    const status = compensationStatusFor(amountFen, actor.roles, settings)
    const comp = await tx.repos.compensations.create({
      complaintId: c.id,
      type: i.type as never,
      amountFen,
      note: i.note as string,
      status,
      proposedBy: actor.username,
      proposedByUserId: actor.userId,
      createdAt: now,
    })
    await tx.audit({
      action: 'compensation.propose',
      entityType: 'compensation',
      entityId: comp.id,
      before: null,
      after: comp,
    })
    const offered =
      status === 'approved'
        ? [
            {
              type: 'compensation_offered',
              visibility: 'customer' as const,
              data: { type: comp.type, amountFen },
            },
          ]
        : []
    return {
      ...d,
      events: [
        ...d.events.map((e) => ({ ...e, data: { ...e.data, compensationId: comp.id, status } })),
        ...offered,
      ],
    }
  }
  return d
}

/** Moves a parts-support request one step; when the parts arrive the complaint goes back to work. */
export async function stepPartsRequest(
  ctx: Context,
  scope: Scope,
  input: { requestId: string; to: 'confirmed' | 'shipped' | 'received'; eta?: string },
) {
  return ctx.transact(async (tx) => {
    const req = await tx.repos.partsSupportRequests.byId(input.requestId)
    if (!req) throw notFound('parts request')
    const c = await loadScoped(tx.repos, req.complaintId, scope).catch(() => {
      throw notFound('parts request')
    })
    assertPartsRequestStep(req.status, input.to)
    if (input.to === 'confirmed' && !input.eta) {
      throw new DomainError(
        'BAD_INPUT',
        'PARTS_REQUEST.ETA_REQUIRED',
        'Give the estimated ship date when confirming',
        { field: 'eta' },
      )
    }
    const now = ctx.clock()
    const after = await tx.repos.partsSupportRequests.step(
      req.id,
      req.status,
      input.to,
      input.eta ?? null,
      now,
    )
    if (!after)
      throw new DomainError(
        'CONFLICT',
        'PARTS_REQUEST.STALE',
        'This request was updated meanwhile; reload it',
      )
    await tx.audit({
      action: `parts_request.${input.to}`,
      entityType: 'parts_support_request',
      entityId: req.id,
      before: req,
      after,
    })
    const event = {
      type: 'parts_status',
      visibility: 'customer' as const,
      data: { requestId: req.id, status: input.to, eta: after.eta },
    }
    const decision =
      input.to === 'received' ? resumeFrom(c, 'awaiting_parts', event) : { patch: {}, events: [event] }
    await persistDecision(tx, ctx, c, c.version, decision, `parts_${input.to}`)
    return after
  })
}

/** HQ technical support answers (once); the station and the customer's timeline learn of it. */
export async function answerTechRequest(
  ctx: Context & { actor: Actor },
  input: { requestId: string; answer: string },
) {
  return ctx.transact(async (tx) => {
    const req = await tx.repos.techSupportRequests.byId(input.requestId)
    if (!req) throw notFound('technical support request')
    const label = ctx.actor.kind === 'staff' ? ctx.actor.username : 'hq'
    const answered = await tx.repos.techSupportRequests.answer(req.id, input.answer, label, ctx.clock())
    if (!answered)
      throw new DomainError('CONFLICT', 'TECH_REQUEST.ANSWERED', 'This request has already been answered')
    await tx.audit({
      action: 'tech_request.answer',
      entityType: 'tech_support_request',
      entityId: req.id,
      before: req,
      after: answered,
    })
    const c = (await tx.repos.complaints.byId(req.complaintId))!
    const decision = resumeFrom(c, 'awaiting_tech', {
      type: 'tech_answered',
      visibility: 'customer',
      data: { requestId: req.id },
    })
    decision.events.push({
      type: 'tech_answer',
      visibility: 'internal',
      data: { requestId: req.id, answer: input.answer },
    })
    await persistDecision(tx, ctx, c, c.version, decision, 'tech_answered')
    return answered
  })
}

/** A manager approves or rejects goodwill above the proposer's authority; only then is the customer told. */
export async function decideCompensation(
  ctx: Context & { actor: StaffActor },
  scope: Scope,
  input: { compensationId: string; approve: boolean; note: string },
) {
  return ctx.transact(async (tx) => {
    const comp = await tx.repos.compensations.byId(input.compensationId)
    if (!comp) throw notFound('compensation')
    const c = await loadScoped(tx.repos, comp.complaintId, scope).catch(() => {
      throw notFound('compensation')
    })
    const { settings } = await loadSla(tx.repos)
    if (input.approve)
      assertMayApprove(comp.amountFen, ctx.actor.roles, settings, comp.proposedByUserId === ctx.actor.userId)
    const decided = await tx.repos.compensations.decide(
      comp.id,
      input.approve ? 'approved' : 'rejected',
      ctx.actor.username,
      input.note,
      ctx.clock(),
    )
    if (!decided)
      throw new DomainError('CONFLICT', 'COMPENSATION.DECIDED', 'This goodwill has already been decided')
    await tx.audit({
      action: input.approve ? 'compensation.approve' : 'compensation.reject',
      entityType: 'compensation',
      entityId: comp.id,
      before: comp,
      after: decided,
    })
    const events = [
      {
        type: input.approve ? 'compensation_approved' : 'compensation_rejected',
        visibility: 'internal' as const,
        data: { compensationId: comp.id, note: input.note },
      },
      ...(input.approve
        ? [
            {
              type: 'compensation_offered',
              visibility: 'customer' as const,
              data: { type: comp.type, amountFen: comp.amountFen },
            },
          ]
        : []),
    ]
    await persistDecision(tx, ctx, c, c.version, { patch: {}, events }, 'compensation_decided')
    return decided
  })
}
