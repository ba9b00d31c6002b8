import type { ActionView, Meeting, MeetingAction, MeetingRepository } from '@asq/domain'
import { aliasedTable, and, asc, count, desc, eq, lt, lte, ne, or, sql } from 'drizzle-orm'
import type { Database } from '../../client'
import {
  improvementActions as A,
  improvementMeetings as M,
  organisations,
  improvementResolutions as R,
  users,
} from '../../schema'
import { meetingCases } from './meeting-cases.query'

/** JSON keeps instants as ISO strings; the pack's and the conclusions' instants come back as Dates. */
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/
const revive = <T>(v: unknown): T =>
  JSON.parse(JSON.stringify(v), (k, x) =>
    typeof x === 'string' && /(At|^at)$/.test(k) && ISO.test(x) ? new Date(x) : x,
  )

const toMeeting = (r: typeof M.$inferSelect): Meeting => ({
  id: r.id,
  number: r.number,
  periodKind: r.periodKind as Meeting['periodKind'],
  periodFrom: r.periodFrom,
  periodTo: r.periodTo,
  meetingDate: r.meetingDate,
  status: r.status as Meeting['status'],
  pack: r.pack === null ? null : revive(r.pack),
  packGeneratedAt: r.packGeneratedAt,
  conclusions: revive(r.conclusions),
  createdBy: r.createdBy,
  createdAt: r.createdAt,
  finalisedAt: r.finalisedAt,
  finalisedBy: r.finalisedBy,
  version: r.version,
})

const toAction = (r: typeof A.$inferSelect): MeetingAction => ({
  id: r.id,
  meetingId: r.meetingId,
  resolutionId: r.resolutionId,
  title: r.title,
  ownerOrgId: r.ownerOrgId,
  ownerUserId: r.ownerUserId,
  dueDate: r.dueDate,
  dueAt: r.dueAt,
  status: r.status as MeetingAction['status'],
  evidence: r.evidence as MeetingAction['evidence'],
  completedAt: r.completedAt,
  completedBy: r.completedBy,
  escalationLevel: r.escalationLevel,
  createdAt: r.createdAt,
  version: r.version,
})

const meetingCols = {
  id: M.id,
  number: M.number,
  periodKind: M.periodKind,
  periodFrom: M.periodFrom,
  periodTo: M.periodTo,
  meetingDate: M.meetingDate,
  status: M.status,
  pack: M.pack,
  packGeneratedAt: M.packGeneratedAt,
  conclusions: M.conclusions,
  createdBy: M.createdBy,
  createdAt: M.createdAt,
  finalisedAt: M.finalisedAt,
  finalisedBy: M.finalisedBy,
  version: M.version,
}

export function meetingRepository(db: Database): MeetingRepository {
  const person = aliasedTable(users, 'action_person')
  const actionViews = () =>
    db
      .select({
        a: A,
        meetingNumber: M.number,
        resolutionText: R.text,
        ownerName: organisations.nameZh,
        personName: person.displayName,
      })
      .from(A)
      .innerJoin(M, eq(M.id, A.meetingId))
      .innerJoin(R, eq(R.id, A.resolutionId))
      .innerJoin(organisations, eq(organisations.id, A.ownerOrgId))
      .innerJoin(person, eq(person.id, A.ownerUserId))
      .$dynamic()
  type ViewRow = {
    a: typeof A.$inferSelect
    meetingNumber: string
    resolutionText: string
    ownerName: string
    personName: string
  }
  const toView = ({ a, ...names }: ViewRow): ActionView => ({ ...toAction(a), ...names })
  const one = async (where: ReturnType<typeof eq>) => (await db.select(meetingCols).from(M).where(where))[0]

  return {
    async create(m) {
      const [r] = await db
        .insert(M)
        .values({ ...m })
        .onConflictDoNothing()
        .returning(meetingCols)
      return r ? toMeeting(r as typeof M.$inferSelect) : null
    },
    async byId(id) {
      const r = await one(eq(M.id, id))
      return r ? toMeeting(r as typeof M.$inferSelect) : null
    },
    async list({ page, pageSize }) {
      // Qualified by hand: inside the subquery a bare "id" would be the action's.
      const counted = (status: string) =>
        sql<number>`(select count(*)::int from improvement_actions a where a.meeting_id = improvement_meetings.id and a.status = ${status})`
      const [open, done] = [counted('open'), counted('done')]
      const [rows, [total]] = await Promise.all([
        db
          .select({
            id: M.id,
            number: M.number,
            periodKind: M.periodKind,
            periodFrom: M.periodFrom,
            periodTo: M.periodTo,
            meetingDate: M.meetingDate,
            status: M.status,
            packGeneratedAt: M.packGeneratedAt,
            version: M.version,
            actionsOpen: open,
            actionsDone: done,
          })
          .from(M)
          .orderBy(desc(M.meetingDate), desc(M.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db.select({ n: count() }).from(M),
      ])
      return {
        items: rows.map((r) => ({
          ...r,
          periodKind: r.periodKind as Meeting['periodKind'],
          status: r.status as Meeting['status'],
        })),
        total: total?.n ?? 0,
        page,
        pageSize,
      }
    },
    async update(id, version, patch) {
      const [r] = await db
        .update(M)
        .set({ ...patch, version: sql`${M.version} + 1` })
        .where(and(eq(M.id, id), eq(M.version, version)))
        .returning(meetingCols)
      return r ? toMeeting(r as typeof M.$inferSelect) : null
    },
    async touch(id, version) {
      const [r] = await db
        .update(M)
        .set({ version: sql`${M.version} + 1` })
        .where(and(eq(M.id, id), eq(M.version, version)))
        .returning(meetingCols)
      return r ? toMeeting(r as typeof M.$inferSelect) : null
    },
    async saveMinutes(id, pdf) {
      await db.update(M).set({ minutesPdf: pdf }).where(eq(M.id, id))
    },
    async minutes(id) {
      const [r] = await db.select({ pdf: M.minutesPdf }).from(M).where(eq(M.id, id))
      return r?.pdf ?? null
    },
    async previous(meetingDate, exceptId) {
      const [r] = await db
        .select(meetingCols)
        .from(M)
        .where(and(lt(M.meetingDate, meetingDate), ne(M.id, exceptId)))
        .orderBy(desc(M.meetingDate), desc(M.periodTo))
        .limit(1)
      return r ? toMeeting(r as typeof M.$inferSelect) : null
    },

    async addResolution(r) {
      const [row] = await db
        .insert(R)
        .values({
          ...r,
          seq: sql`(select coalesce(max(${R.seq}), 0) + 1 from ${R} where ${R.meetingId} = ${r.meetingId})`,
        })
        .returning()
      return row!
    },
    async resolution(id) {
      const [r] = await db.select().from(R).where(eq(R.id, id))
      return r ?? null
    },
    resolutions: (meetingId) => db.select().from(R).where(eq(R.meetingId, meetingId)).orderBy(asc(R.seq)),
    async addAction(a) {
      const [row] = await db.insert(A).values(a).returning()
      return toAction(row!)
    },
    async action(id) {
      const [r] = await actionViews().where(eq(A.id, id))
      return r ? toView(r) : null
    },
    async actionsOf(meetingId) {
      return (
        await actionViews().where(eq(A.meetingId, meetingId)).orderBy(asc(R.seq), asc(A.createdAt), asc(A.id))
      ).map(toView)
    },
    async actionsOfOrg(orgId, { page, pageSize, status }) {
      const where = and(eq(A.ownerOrgId, orgId), status ? eq(A.status, status) : undefined)
      const [rows, [total]] = await Promise.all([
        actionViews()
          .where(where)
          .orderBy(desc(sql`${A.status} = 'open'`), asc(A.dueAt), asc(A.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db.select({ n: count() }).from(A).where(where),
      ])
      return { items: rows.map(toView), total: total?.n ?? 0, page, pageSize }
    },
    async complete(id, version, done) {
      const [r] = await db
        .update(A)
        .set({ status: 'done', ...done, version: sql`${A.version} + 1` })
        .where(and(eq(A.id, id), eq(A.version, version), eq(A.status, 'open')))
        .returning()
      return r ? toAction(r) : null
    },
    async overdue(now, limit) {
      return (
        await actionViews()
          .where(and(eq(A.status, 'open'), lte(A.dueAt, now), lt(A.escalationLevel, 2)))
          .orderBy(asc(A.dueAt), asc(A.id))
          .limit(limit)
      ).map(toView)
    },
    async raiseLevel(id, level) {
      const r = await db
        .update(A)
        .set({ escalationLevel: level })
        .where(and(eq(A.id, id), lt(A.escalationLevel, level)))
        .returning({ id: A.id })
      return r.length > 0
    },
    async carriedActions(prev) {
      const rows = await actionViews()
        .where(or(eq(A.meetingId, prev.id), and(eq(A.status, 'open'), lt(M.meetingDate, prev.meetingDate))))
        .orderBy(asc(M.meetingDate), asc(R.seq), asc(A.createdAt), asc(A.id))
      return rows.map(({ a, meetingNumber, ownerName, personName }) => ({
        id: a.id,
        title: a.title,
        dueDate: a.dueDate,
        dueAt: a.dueAt,
        status: a.status as MeetingAction['status'],
        completedAt: a.completedAt,
        meetingNumber,
        ownerName,
        personName,
        evidenceText: (a.evidence as MeetingAction['evidence'])?.text ?? null,
      }))
    },
    ...meetingCases(db),
  }
}
