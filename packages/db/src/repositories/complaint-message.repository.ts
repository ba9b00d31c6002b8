import type { ComplaintMessageRepository, ThreadMessage } from '@asq/domain'
import { and, asc, eq, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { complaintMessages } from '../schema'

type Row = typeof complaintMessages.$inferSelect
const toMessage = (r: Row): ThreadMessage => ({
  id: r.id,
  complaintId: r.complaintId,
  authorKind: r.authorKind as ThreadMessage['authorKind'],
  authorId: r.authorId,
  visibility: r.visibility as ThreadMessage['visibility'],
  body: r.body,
  attachmentIds: r.attachmentIds,
  createdAt: r.createdAt,
})

/** A complaint's thread (issue 17): written once, read per case in order; never edited. */
export const complaintMessageRepository = (db: Database): ComplaintMessageRepository => ({
  async add(m) {
    const [row] = await db.insert(complaintMessages).values(m).returning()
    return toMessage(row!)
  },
  async forComplaint(complaintId) {
    const rows = await db
      .select()
      .from(complaintMessages)
      .where(eq(complaintMessages.complaintId, complaintId))
      .orderBy(asc(complaintMessages.createdAt), asc(complaintMessages.id))
    return rows.map(toMessage)
  },
  async publiclyAttached(complaintId, attachmentId) {
    const [hit] = await db
      .select({ id: complaintMessages.id })
      .from(complaintMessages)
      .where(
        and(
          eq(complaintMessages.complaintId, complaintId),
          eq(complaintMessages.visibility, 'public'),
          sql`${attachmentId}::uuid = any(${complaintMessages.attachmentIds})`,
        ),
      )
      .limit(1)
    return hit !== undefined
  },
})
