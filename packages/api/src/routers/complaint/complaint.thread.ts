import type {
  Actor,
  AuditEvent,
  Complaint,
  MessageAuthorKind,
  MessageVisibility,
  Repositories,
  ThreadMessage,
} from '@asq/domain'
import {
  authorKindOf,
  customerReplied,
  decidePost,
  messageRecipients,
  postableVisibilities,
  postMessageInput,
  threadInput,
  visibleTo,
} from '@asq/domain'
import type { Context } from '../../context'
import { customerProcedure, dealerProcedure, hqProcedure, idempotency, router } from '../../trpc'
import { notify, notifyOrg } from '../notification/notify'
import { attachToComplaint } from './complaint.files'
import { loadScoped, persistDecision, type Scope } from './complaint.service'

/**
 * The conversation on a complaint (issue 17), for its three parties: the customer (public messages
 * only, in and out), the station and HQ (public messages and internal notes). The rules are the
 * domain's (conversation.ts); here: scope (another case, station or customer → NOT_FOUND), files through
 * the complaint's upload path, one audit event per message, the case resumed when the customer answers
 * while it waits for them, and one `message_received` per recipient per message. A supplier has no
 * procedure here at all.
 */
type Tx = { repos: Repositories; audit(e: AuditEvent): Promise<void> }
type Party = { scope: Scope; viewer: 'customer' | 'staff'; station: boolean }

const authorIdOf = (a: Actor) => (a.kind === 'customer' ? a.customerId : a.userId)

/** Writes one message: the row, its audit event, the notifications (exactly once per recipient). */
export async function writeMessage(
  tx: Tx,
  c: Complaint,
  m: { authorKind: MessageAuthorKind; authorId: string; visibility: MessageVisibility; body: string },
  attachmentIds: string[],
  now: Date,
): Promise<ThreadMessage> {
  const message = await tx.repos.complaintMessages.add({
    complaintId: c.id,
    ...m,
    attachmentIds: [...new Set(attachmentIds)],
    createdAt: now,
  })
  await tx.audit({
    action: 'complaint.message',
    entityType: 'complaint_message',
    entityId: message.id,
    before: null,
    // Who wrote what kind of message with which files; the words stay in the thread.
    after: {
      complaintId: c.id,
      authorKind: m.authorKind,
      visibility: m.visibility,
      attachmentIds: message.attachmentIds,
    },
  })
  // The case's owner hears of the customer's message; a case nobody owns (or whose owner is away),
  // its station's staff.
  const owner = m.authorKind === 'customer' && c.ownerId ? await tx.repos.users.byId(c.ownerId) : null
  const to = messageRecipients(c, m, owner?.away ?? false)
  const note = {
    event: 'message_received' as const,
    key: message.id,
    link: `/complaints/${c.id}`,
    payload: { ref: c.number },
    at: now,
  }
  if (to.userIds.length || to.customerIds.length) await notify(tx, { ...note, recipients: to })
  if (to.stationId) await notifyOrg(tx, { ...note, orgId: to.stationId })
  return message
}

async function postMessage(
  ctx: Context & { actor: Actor },
  party: Party,
  input: typeof postMessageInput._output,
) {
  return ctx.transact(async (tx) => {
    const c = await loadScoped(tx.repos, input.complaintId, party.scope)
    const authorKind = authorKindOf(ctx.actor)
    const decision = decidePost(c, authorKind, input)
    const files = []
    for (const uploadId of input.uploadIds) files.push(await attachToComplaint(tx, ctx, c, uploadId))
    const message = await writeMessage(
      tx,
      c,
      { authorKind, authorId: authorIdOf(ctx.actor), visibility: decision.visibility, body: decision.body },
      files.map((f) => f.id),
      ctx.clock(),
    )
    // The answer the case waited for: back to work (a status event the clocks read; see conversation.ts).
    const status = decision.resume
      ? (await persistDecision(tx, ctx, c, c.version, customerReplied(c, message.id), 'customer_replied'))
          .status
      : c.status
    return { id: message.id, createdAt: message.createdAt, status }
  })
}

async function readThread(ctx: Context & { actor: Actor }, party: Party, complaintId: string) {
  const c = await loadScoped(ctx.repos, complaintId, party.scope)
  const [all, attachments] = await Promise.all([
    ctx.repos.complaintMessages.forComplaint(c.id),
    ctx.repos.complaintAttachments.list(c.id),
  ])
  const messages = visibleTo(party.viewer, all)
  const files = new Map(attachments.map((a) => [a.id, a]))
  const names = party.viewer === 'staff' ? await authorNames(ctx.repos, c, party, messages) : new Map()
  const me = authorIdOf(ctx.actor)
  return {
    complaintId: c.id,
    status: c.status,
    /** What the caller may post now (none, public, or public and internal). */
    canPost: postableVisibilities(c.status, authorKindOf(ctx.actor)),
    messages: messages.map((m) => ({
      id: m.id,
      authorKind: m.authorKind,
      /** Staff read names; the customer reads "you", "the station" or "HQ" (the apps' words). */
      authorName: (names.get(m.authorId) as string | undefined) ?? null,
      mine: m.authorId === me,
      visibility: m.visibility,
      body: m.body,
      createdAt: m.createdAt,
      attachments: m.attachmentIds.flatMap((id) => {
        const a = files.get(id)
        return a ? [{ id: a.id, filename: a.filename, mime: a.mime, size: a.size }] : []
      }),
    })),
  }
}

/** Display names for staff: the users', and the customer's as this party may see it. */
async function authorNames(repos: Repositories, c: Complaint, party: Party, messages: ThreadMessage[]) {
  const names = new Map<string, string>()
  const ids = [...new Set(messages.filter((m) => m.authorKind !== 'customer').map((m) => m.authorId))]
  for (const u of await Promise.all(ids.map((id) => repos.users.byId(id))))
    if (u) names.set(u.id, u.displayName)
  if (messages.some((m) => m.authorKind === 'customer')) {
    // A station that took the case itself sees the name it typed, never the matched profile's.
    const typed = party.station ? c.stationContact?.name : undefined
    const name = typed ?? (await repos.customers.byId(c.customerId))?.name
    if (name) names.set(c.customerId, name)
  }
  return names
}

const customer = (customerId: string): Party => ({
  scope: { kind: 'customer', customerId },
  viewer: 'customer',
  station: false,
})
const station = (stationId: string): Party => ({
  scope: { kind: 'station', stationId },
  viewer: 'staff',
  station: true,
})
const HQ: Party = { scope: { kind: 'hq' }, viewer: 'staff', station: false }
/** The desk's roles, as on the rest of the desk (finance has no business here). */
const desk = () => hqProcedure('hq_admin', 'hq_service', 'hq_quality')

/** The customer's own cases: public messages only. */
export const customerThreadRouter = router({
  thread: customerProcedure
    .input(threadInput)
    .query(({ ctx, input }) => readThread(ctx, customer(ctx.customerId), input.complaintId)),
  post: customerProcedure
    .input(postMessageInput)
    .use(idempotency)
    .mutation(({ ctx, input }) => postMessage(ctx, customer(ctx.customerId), input)),
})

/** A station's own cases: every message; its notes stay internal. */
export const stationThreadRouter = router({
  thread: dealerProcedure()
    .input(threadInput)
    .query(({ ctx, input }) => readThread(ctx, station(ctx.dealerId), input.complaintId)),
  post: dealerProcedure()
    .input(postMessageInput)
    .use(idempotency)
    .mutation(({ ctx, input }) => postMessage(ctx, station(ctx.dealerId), input)),
})

/** The HQ desk, every case. */
export const deskThreadRouter = router({
  thread: desk()
    .input(threadInput)
    .query(({ ctx, input }) => readThread(ctx, HQ, input.complaintId)),
  post: desk()
    .input(postMessageInput)
    .use(idempotency)
    .mutation(({ ctx, input }) => postMessage(ctx, HQ, input)),
})
