import { DomainError } from '../shared/errors'
import type { Complaint, NewComplaintEvent } from './complaint.entity'
import type { CommandInput, CommandName } from './complaint.schema'
import { assertTransition, type Status } from './complaint.status'

export type Decision = { patch: Partial<Complaint>; events: NewComplaintEvent[] }

const internal = (type: string, data: Record<string, unknown> = {}): NewComplaintEvent => ({
  type,
  visibility: 'internal',
  data,
})
const forCustomer = (type: string, data: Record<string, unknown> = {}): NewComplaintEvent => ({
  type,
  visibility: 'customer',
  data,
})

/** A status change, logged with its reason; the clocks read these to know when they were paused. */
function move(c: Complaint, to: Status, reason: string | null = null): Decision {
  assertTransition(c.status, to)
  return { patch: { status: to }, events: [internal('status', { from: c.status, to, reason })] }
}

const join = (...ds: Decision[]): Decision => ({
  patch: Object.assign({}, ...ds.map((d) => d.patch)),
  events: ds.flatMap((d) => d.events),
})

const precondition = (code: string, message: string, field?: string) =>
  new DomainError('PRECONDITION', `COMPLAINT.${code}`, message, field ? { field } : {})

function assertOpen(c: Complaint) {
  if (c.status === 'closed') throw precondition('CLOSED', 'This complaint is closed; reopen it first')
}

/**
 * The complaint state machine: given the complaint and a command, what changes and what is logged.
 * Pure: the router loads, calls this, and persists the patch and events in one transaction.
 */
export function decide<N extends CommandName>(
  c: Complaint,
  name: N,
  input: CommandInput<N>,
  now: Date,
): Decision {
  const i = input as Record<string, unknown>
  switch (name) {
    case 'respond':
      return join(move(c, 'responded'), {
        patch: {},
        events: [forCustomer('responded', { contactChannel: i.contactChannel, note: i.note })],
      })
    case 'startHandling':
      return join(move(c, 'in_progress'), { patch: {}, events: [forCustomer('handling_started')] })
    case 'recordStory': {
      assertOpen(c)
      // Left out, the style read before stays (and the history says nothing about it).
      const style =
        i.communicationStyle === undefined
          ? {}
          : { communicationStyle: i.communicationStyle as Complaint['communicationStyle'] }
      return {
        patch: {
          story: i.story as Complaint['story'],
          mindsets: i.mindsets as Complaint['mindsets'],
          ...style,
        },
        events: [
          internal('story_recorded', {
            confirmed: (i.story as { confirmedByCustomer: boolean }).confirmedByCustomer,
            ...style,
          }),
        ],
      }
    }
    case 'proposeSolutions':
      if (c.status !== 'in_progress')
        throw precondition('NOT_IN_PROGRESS', 'Solutions are proposed while the complaint is in progress')
      return {
        patch: { solutions: i.options as Complaint['solutions'] },
        events: [forCustomer('solutions_proposed', { options: i.options })],
      }
    case 'checkStock':
      if (c.status !== 'in_progress')
        throw precondition('NOT_IN_PROGRESS', 'Check stock while the complaint is in progress')
      return {
        patch: {},
        events: [
          forCustomer('stock_checked', {
            partCode: i.partCode,
            partName: i.partName,
            result: i.result,
            note: i.note,
          }),
        ],
      }
    case 'raisePartsRequest':
      return join(move(c, 'awaiting_parts', 'parts-support request raised'), {
        patch: {},
        events: [forCustomer('parts_requested', { lines: i.lines })],
      })
    case 'waitForCustomer':
      return join(move(c, 'awaiting_customer', i.reason as string), {
        patch: {},
        events: [forCustomer('waiting_for_customer', { reason: i.reason })],
      })
    case 'customerBack':
      if (c.status !== 'awaiting_customer')
        throw precondition('NOT_WAITING', 'The complaint is not waiting for the customer')
      return join(move(c, 'in_progress', 'customer back'), {
        patch: {},
        events: [internal('customer_back', { note: i.note })],
      })
    case 'requestTechSupport':
      return join(move(c, 'awaiting_tech', 'technical support requested'), {
        patch: {},
        events: [forCustomer('tech_requested')],
      })
    case 'proposeCompensation':
      assertOpen(c)
      return {
        patch: {},
        events: [internal('compensation_proposed', { type: i.type, amountFen: i.amountFen, note: i.note })],
      }
    case 'resolve':
      return join(move(c, 'resolved'), {
        patch: { result: i.result as string },
        events: [forCustomer('resolved', { result: i.result })],
      })
    case 'startFollowUp':
      if (!c.result) throw precondition('NO_RESULT', 'Record the result before the follow-up')
      return join(move(c, 'follow_up'), { patch: {}, events: [forCustomer('follow_up_started')] })
    case 'recordFollowUp':
      return followUp(c, i.satisfied as boolean, i.note as string, 'staff', now)
    case 'reopen':
      if (c.status !== 'closed' && c.status !== 'follow_up' && c.status !== 'resolved') {
        throw precondition(
          'NOT_REOPENABLE',
          'Only a resolved, followed-up or closed complaint can be reopened',
        )
      }
      return join(move(c, 'in_progress', 'reopened'), {
        patch: { closedAt: null, followUp: null },
        events: [forCustomer('reopened', { reason: i.reason })],
      })
    case 'assign':
      assertOpen(c)
      return {
        patch: {
          responsibleUnit: i.responsibleUnit as Complaint['responsibleUnit'],
          ...(i.stationId ? { stationId: i.stationId as string } : {}),
        },
        events: [
          internal('assigned', { responsibleUnit: i.responsibleUnit, stationId: i.stationId ?? c.stationId }),
        ],
      }
    case 'recordCountermeasure':
      assertOpen(c)
      if (!c.responsibleUnit)
        throw precondition('NOT_ASSIGNED', 'Assign a responsible unit before recording its countermeasure')
      return { patch: {}, events: [internal('countermeasure', { countermeasure: i.countermeasure })] }
    case 'reclassify':
      assertOpen(c)
      return {
        patch: { severity: i.severity as Complaint['severity'], kind: i.kind as Complaint['kind'] },
        events: [
          internal('reclassified', {
            from: { severity: c.severity, kind: c.kind },
            severity: i.severity,
            kind: i.kind,
          }),
        ],
      }
    case 'addNote':
      return { patch: {}, events: [internal('note', { note: i.note })] }
  }
  throw new DomainError('BAD_INPUT', 'COMPLAINT.UNKNOWN_COMMAND', `Unknown command ${String(name)}`)
}

/**
 * The follow-up call (回访) or the customer's own answer. Satisfied closes the case — only now, with
 * a recorded result (the "too fast" failure mode); not satisfied reopens it.
 */
export function followUp(
  c: Complaint,
  satisfied: boolean,
  note: string,
  by: 'customer' | 'staff',
  now: Date,
): Decision {
  if (c.status !== 'follow_up')
    throw precondition('NOT_IN_FOLLOW_UP', 'The complaint is not waiting for a follow-up answer')
  const record = { satisfied, note, at: now, by }
  if (satisfied) {
    if (!c.result) throw precondition('NO_RESULT', 'A complaint cannot be closed without a recorded result')
    return join(move(c, 'closed'), {
      patch: { followUp: record, closedAt: now },
      events: [forCustomer('follow_up_recorded', { satisfied, note, by }), forCustomer('closed')],
    })
  }
  return join(move(c, 'in_progress', 'customer not satisfied'), {
    patch: { followUp: record },
    events: [
      forCustomer('follow_up_recorded', { satisfied, note, by }),
      forCustomer('reopened', { reason: note || '客户表示未解决 customer not satisfied' }),
    ],
  })
}

/** Parts arrived or HQ answered: back to work. */
export function resumeFrom(
  c: Complaint,
  waiting: 'awaiting_parts' | 'awaiting_tech',
  event: NewComplaintEvent,
): Decision {
  if (c.status !== waiting) return { patch: {}, events: [event] }
  return join(
    move(c, 'in_progress', waiting === 'awaiting_parts' ? 'parts received' : 'technical support answered'),
    { patch: {}, events: [event] },
  )
}
