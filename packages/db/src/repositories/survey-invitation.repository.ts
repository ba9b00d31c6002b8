import type { SurveyInvitation, SurveyInvitationRepository } from '@asq/domain'
import { reminderCutoff } from '@asq/domain'
import { and, asc, desc, eq, gt, isNull, lt, lte, or, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { outbox, surveyInvitations, surveyLinks } from '../schema'

type Row = typeof surveyInvitations.$inferSelect

const toInvitation = (r: Row): SurveyInvitation => ({
  id: r.id,
  source: r.source as SurveyInvitation['source'],
  complaintId: r.complaintId,
  campaignId: r.campaignId,
  followUpId: r.followUpId,
  customerId: r.customerId,
  stationId: r.stationId,
  region: r.region,
  kind: r.kind,
  templateId: r.templateId,
  templateVersion: r.templateVersion,
  status: r.status as SurveyInvitation['status'],
  sendAt: r.sendAt,
  sentAt: r.sentAt,
  expiresAt: r.expiresAt,
  answeredAt: r.answeredAt,
  remindersSent: r.remindersSent,
  createdAt: r.createdAt,
})

/** Multi-row inserts in slices, so that a large campaign stays under the driver's parameter limit. */
async function inSlices<T>(rows: readonly T[], size: number, insert: (slice: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size))
}

export const surveyInvitationRepository = (db: Database): SurveyInvitationRepository => ({
  async schedule(i) {
    const [r] = await db
      .insert(surveyInvitations)
      .values({ ...i, status: 'scheduled' })
      .onConflictDoNothing()
      .returning()
    return r ? toInvitation(r) : null
  },
  async createDelivered(rows) {
    if (rows.length === 0) return []
    const created: Row[] = []
    await inSlices(rows, 500, async (slice) => {
      const inserted = await db
        .insert(surveyInvitations)
        .values(slice.map(({ tokenHash: _t, message: _m, ...r }) => ({ ...r, status: 'sent' })))
        .onConflictDoNothing()
        .returning()
      created.push(...inserted)
    })
    // Only the invitations actually created get a link and a message: a re-send skips the others.
    const byCustomer = new Map(rows.map((r) => [`${r.campaignId}:${r.customerId}:${r.sourceKey}`, r]))
    const made = created.map((c) => ({
      c,
      r: byCustomer.get(`${c.campaignId}:${c.customerId}:${c.sourceKey}`)!,
    }))
    await inSlices(made, 500, (slice) =>
      db
        .insert(surveyLinks)
        .values(
          slice.map(({ c, r }) => ({ tokenHash: r.tokenHash, invitationId: c.id, createdAt: r.sentAt })),
        ),
    )
    await inSlices(made, 500, (slice) =>
      db
        .insert(outbox)
        .values(slice.map(({ r }) => ({ ...r.message, createdAt: r.sentAt, nextAttemptAt: r.sentAt }))),
    )
    return created.map(toInvitation)
  },
  async byId(id) {
    const [r] = await db.select().from(surveyInvitations).where(eq(surveyInvitations.id, id))
    return r ? toInvitation(r) : null
  },
  async byTokenHash(tokenHash) {
    const [r] = await db
      .select({ i: surveyInvitations })
      .from(surveyLinks)
      .innerJoin(surveyInvitations, eq(surveyInvitations.id, surveyLinks.invitationId))
      .where(eq(surveyLinks.tokenHash, tokenHash))
    return r ? toInvitation(r.i) : null
  },
  async dueForDelivery(now, limit) {
    const rows = await db
      .select()
      .from(surveyInvitations)
      .where(and(eq(surveyInvitations.status, 'scheduled'), lte(surveyInvitations.sendAt, now)))
      .orderBy(asc(surveyInvitations.sendAt))
      .limit(limit)
    return rows.map(toInvitation)
  },
  async markDelivered(id, sentAt, expiresAt, tokenHash) {
    const [r] = await db
      .update(surveyInvitations)
      .set({ status: 'sent', sentAt, expiresAt })
      .where(and(eq(surveyInvitations.id, id), eq(surveyInvitations.status, 'scheduled')))
      .returning()
    if (!r) return null
    await db.insert(surveyLinks).values({ tokenHash, invitationId: id, createdAt: sentAt })
    return toInvitation(r)
  },
  async cancel(id) {
    const rows = await db
      .update(surveyInvitations)
      .set({ status: 'cancelled' })
      .where(and(eq(surveyInvitations.id, id), eq(surveyInvitations.status, 'scheduled')))
      .returning({ id: surveyInvitations.id })
    return rows.length === 1
  },
  async reminderCandidates(now, reminderAfterDays, maxReminders, limit) {
    if (maxReminders <= 0) return []
    // Each reminder count has its own cutoff: the n-th is due n × N days after delivery.
    const due = Array.from({ length: maxReminders }, (_, n) =>
      and(
        eq(surveyInvitations.remindersSent, n),
        lte(surveyInvitations.sentAt, reminderCutoff(now, reminderAfterDays, n)),
      ),
    )
    const rows = await db
      .select()
      .from(surveyInvitations)
      .where(
        and(
          eq(surveyInvitations.status, 'sent'),
          isNull(surveyInvitations.answeredAt),
          gt(surveyInvitations.expiresAt, now),
          lt(surveyInvitations.remindersSent, maxReminders),
          or(...due),
        ),
      )
      .orderBy(asc(surveyInvitations.sentAt))
      .limit(limit)
    return rows.map(toInvitation)
  },
  async claimReminder(id, remindersSent, tokenHash, at) {
    const rows = await db
      .update(surveyInvitations)
      .set({ remindersSent: sql`${surveyInvitations.remindersSent} + 1` })
      .where(
        and(
          eq(surveyInvitations.id, id),
          eq(surveyInvitations.remindersSent, remindersSent),
          eq(surveyInvitations.status, 'sent'),
        ),
      )
      .returning({ id: surveyInvitations.id })
    if (rows.length === 0) return false
    await db.insert(surveyLinks).values({ tokenHash, invitationId: id, createdAt: at })
    return true
  },
  async markAnswered(id, at) {
    const rows = await db
      .update(surveyInvitations)
      .set({ status: 'answered', answeredAt: at })
      .where(and(eq(surveyInvitations.id, id), isNull(surveyInvitations.answeredAt)))
      .returning({ id: surveyInvitations.id })
    return rows.length === 1
  },
  async latestForFollowUp(followUpId) {
    const [r] = await db
      .select()
      .from(surveyInvitations)
      .where(eq(surveyInvitations.followUpId, followUpId))
      .orderBy(desc(surveyInvitations.createdAt))
      .limit(1)
    return r ? toInvitation(r) : null
  },
  async forComplaint(complaintId) {
    const rows = await db
      .select()
      .from(surveyInvitations)
      .where(eq(surveyInvitations.complaintId, complaintId))
      .orderBy(desc(surveyInvitations.createdAt))
    return rows.map(toInvitation)
  },
})
