import { z } from 'zod'
import type { OrgKind } from '../identity'
import { DomainError } from '../shared/errors'
import type { Decision } from './complaint.commands'
import type { Complaint } from './complaint.entity'

/**
 * The conversation on a complaint (issue 17): one thread per case, written by the customer (portal), the
 * station and HQ. A message is public (the customer reads it) or an internal note (staff only).
 *
 * Rules, in one place:
 * - Who may post what: a customer only public messages; station and HQ staff public messages or
 *   internal notes; a supplier nothing (and no supplier procedure reads a thread).
 * - Who reads what (`visibleTo`): staff every message, the customer public ones only, a supplier none.
 * - A closed case: the customer cannot write (a "not solved" answer reopens it instead); staff may add
 *   internal notes (the review meeting's remarks) but no public message until the case is reopened.
 * - Clocks and pauses: a message is not a clock event. A customer message while the case is
 *   `awaiting_customer` moves it back to `in_progress` (a status event on the timeline); that ends a
 *   pause only where HQ's policy pauses a clock in `awaiting_customer` (by default nothing pauses: "waiting
 *   on the customer pauses nothing unless HQ says so"), and with no pause configured the clocks simply
 *   kept running. A staff public message does not count as the first response: the response clock
 *   stops only at the recorded contact (`respond`, with its channel), as the 24-hour rule requires.
 */
export const MESSAGE_VISIBILITIES = ['public', 'internal'] as const
export type MessageVisibility = (typeof MESSAGE_VISIBILITIES)[number]

export const MESSAGE_AUTHOR_KINDS = ['customer', 'station', 'hq'] as const
export type MessageAuthorKind = (typeof MESSAGE_AUTHOR_KINDS)[number]

/** Characters (code points, so a Chinese character or an emoji is one), after trimming. */
export const MESSAGE_BODY_MAX = 2000
/** Files on one message; each goes through the same upload checks as complaint evidence. */
export const MESSAGE_FILES_MAX = 5

export type ThreadMessage = {
  id: string
  complaintId: string
  authorKind: MessageAuthorKind
  /** The customer's id or the staff user's id. */
  authorId: string
  visibility: MessageVisibility
  body: string
  /** Complaint attachments (the same table as evidence) the message carries. */
  attachmentIds: string[]
  createdAt: Date
}

export type NewThreadMessage = Omit<ThreadMessage, 'id'>

/** Who reads a thread: the customer, staff (station or HQ), or a supplier (who never does). */
export type ThreadViewer = 'customer' | 'staff' | 'supplier'

/** The messages `viewer` may read, in the order given. */
export function visibleTo<M extends Pick<ThreadMessage, 'visibility'>>(
  viewer: ThreadViewer,
  messages: readonly M[],
): M[] {
  if (viewer === 'staff') return [...messages]
  if (viewer === 'customer') return messages.filter((m) => m.visibility === 'public')
  return []
}

const badInput = (code: string, message: string, field: string, details?: Record<string, unknown>) =>
  new DomainError('BAD_INPUT', `THREAD.${code}`, message, { field, ...(details ? { details } : {}) })

/** The body as stored: trimmed, not empty, at most MESSAGE_BODY_MAX characters. */
export function messageBody(raw: string): string {
  const body = raw.trim()
  if (body.length === 0) throw badInput('BODY_EMPTY', 'Write a message', 'body')
  const length = [...body].length
  if (length > MESSAGE_BODY_MAX)
    throw badInput('BODY_TOO_LONG', `A message has at most ${MESSAGE_BODY_MAX} characters`, 'body', {
      max: MESSAGE_BODY_MAX,
      length,
    })
  return body
}

/** Who writes: a customer, a station's staff or HQ's; a supplier (or anyone else) may not. */
export function authorKindOf(
  actor: { kind: 'customer' } | { kind: 'staff'; orgKind: OrgKind },
): MessageAuthorKind {
  if (actor.kind === 'customer') return 'customer'
  if (actor.orgKind === 'dealer') return 'station'
  if (actor.orgKind === 'hq') return 'hq'
  throw new DomainError('FORBIDDEN', 'THREAD.NOT_A_PARTY', 'Only the customer, the station and HQ write here')
}

export type PostDecision = {
  visibility: MessageVisibility
  body: string
  /** The customer answered while the case waited for them: it goes back to work. */
  resume: boolean
}

/** Whether `author` may post this message on the case as it stands, and what follows from it. */
export function decidePost(
  c: Pick<Complaint, 'status'>,
  author: MessageAuthorKind,
  input: { visibility: MessageVisibility; body: string },
): PostDecision {
  if (author === 'customer' && input.visibility !== 'public')
    throw new DomainError('FORBIDDEN', 'THREAD.CUSTOMER_INTERNAL', 'A customer writes public messages only', {
      field: 'visibility',
    })
  const body = messageBody(input.body)
  if (c.status === 'closed') {
    if (author === 'customer')
      throw new DomainError('PRECONDITION', 'THREAD.CLOSED', 'This case is closed', { field: 'body' })
    if (input.visibility === 'public')
      throw new DomainError(
        'PRECONDITION',
        'THREAD.CLOSED_PUBLIC',
        'The case is closed: reopen it to write to the customer (internal notes are still possible)',
        { field: 'visibility' },
      )
  }
  return {
    visibility: input.visibility,
    body,
    resume: author === 'customer' && c.status === 'awaiting_customer',
  }
}

/**
 * The customer wrote while the case waited for them: back to `in_progress`. The status event carries
 * the reason the clocks' pause records show; the customer's timeline says their reply arrived.
 */
export function customerReplied(c: Pick<Complaint, 'status'>, messageId: string): Decision {
  if (c.status !== 'awaiting_customer')
    throw new DomainError(
      'PRECONDITION',
      'COMPLAINT.NOT_WAITING',
      'The complaint is not waiting for the customer',
    )
  return {
    patch: { status: 'in_progress' },
    events: [
      {
        type: 'status',
        visibility: 'internal',
        data: { from: c.status, to: 'in_progress', reason: 'customer replied' },
      },
      { type: 'customer_replied', visibility: 'customer', data: { messageId } },
    ],
  }
}

/**
 * Who hears of a new message (in-app `message_received`): the customer's message goes to the case's
 * owner when it has one, else to the owning station's staff (the notification audience rule), else —
 * a case without a station — to nobody but the desk's thread. An owner marked away would leave the
 * customer unanswered, so then the station's staff hear of it too (the owner is one of them). A staff
 * public message goes to the customer; an internal note notifies nobody (staff read it on the case).
 */
export function messageRecipients(
  c: Pick<Complaint, 'customerId' | 'stationId' | 'ownerId'>,
  m: Pick<ThreadMessage, 'authorKind' | 'visibility'>,
  ownerAway = false,
): { userIds: string[]; customerIds: string[]; stationId: string | null } {
  const none = { userIds: [], customerIds: [], stationId: null }
  if (m.authorKind === 'customer') {
    if (c.ownerId && !(ownerAway && c.stationId)) return { ...none, userIds: [c.ownerId] }
    return { ...none, stationId: c.stationId }
  }
  if (m.visibility === 'public') return { ...none, customerIds: [c.customerId] }
  return none
}

const id = z.uuid('not a valid id')

export const threadInput = z.object({ complaintId: id })

export const postMessageInput = z.object({
  complaintId: id,
  /** Generated by the composer once per message: a retried send posts one message, not two. */
  idempotencyKey: z.uuid(),
  visibility: z.enum(MESSAGE_VISIBILITIES).default('public'),
  /** Checked by `messageBody` (trimmed length); this bound only keeps absurd requests out. */
  body: z.string().max(MESSAGE_BODY_MAX * 4, 'too long'),
  /** Tokens `POST /uploads` answered (each file checked by content there). */
  uploadIds: z.array(id).max(MESSAGE_FILES_MAX, `at most ${MESSAGE_FILES_MAX} files`).default([]),
})
export type PostMessageInput = z.infer<typeof postMessageInput>

/** What `author` may post on a case in `status` now: both kinds, public only, internal only or nothing. */
export const postableVisibilities = (status: Complaint['status'], author: MessageAuthorKind) =>
  MESSAGE_VISIBILITIES.filter((visibility) => {
    try {
      decidePost({ status }, author, { visibility, body: '·' })
      return true
    } catch {
      return false
    }
  })
