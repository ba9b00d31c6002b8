import type { LiaisonLetter, LiaisonLink, LiaisonRepository, LiaisonState } from '@asq/domain'
import { and, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm'
import type { Database } from '../../client'
import {
  complaints,
  liaisonCounters,
  liaisonLetters,
  liaisonLinks,
  liaisonPhotos,
  reimbursementLines,
  vehicles,
} from '../../schema'

type Row = typeof liaisonLetters.$inferSelect
const toLetter = (r: Row): LiaisonLetter => ({ ...r, state: r.state as LiaisonState })
const L = liaisonLetters
const RL = reimbursementLines
/** How many of the part's newest claim lines the complaint candidates look at for their vehicles. */
const LINE_VEHICLES = 200

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

/** Quality liaison letters: the station's list, HQ's inbox, photos, links and the part's candidates. */
export const liaisonRepository = (db: Database): LiaisonRepository => ({
  async nextSequence(year) {
    const [r] = await db
      .insert(liaisonCounters)
      .values({ year, last: 1 })
      .onConflictDoUpdate({ target: liaisonCounters.year, set: { last: sql`${liaisonCounters.last} + 1` } })
      .returning()
    return r!.last
  },
  async create(l) {
    const [r] = await db
      .insert(L)
      .values({ ...l, updatedAt: l.submittedAt })
      .onConflictDoNothing({ target: [L.stationId, L.clientRequestId] })
      .returning()
    return r ? toLetter(r) : null
  },
  async byClientRequest(stationId, clientRequestId) {
    const [r] = await db
      .select()
      .from(L)
      .where(and(eq(L.stationId, stationId), eq(L.clientRequestId, clientRequestId)))
    return r ? toLetter(r) : null
  },
  async byId(id) {
    const [r] = await db.select().from(L).where(eq(L.id, id))
    return r ? toLetter(r) : null
  },
  async list(f) {
    const q = f.q?.trim().toUpperCase()
    const where = and(
      f.stationId ? eq(L.stationId, f.stationId) : undefined,
      f.state ? eq(L.state, f.state) : undefined,
      f.partCode ? eq(L.partCode, f.partCode) : undefined,
      q
        ? (or(
            ilike(L.number, `%${escapeLike(q)}%`),
            // A whole VIN finds its letters on the GIN index; a fragment reads the VINs of the page's rows.
            sql`${L.vins} @> array[${q}]::text[]`,
            sql`array_to_string(${L.vins}, ' ') like ${`%${escapeLike(q)}%`}`,
          ) as SQL)
        : undefined,
    )
    const [items, [count]] = await Promise.all([
      db
        .select()
        .from(L)
        .where(where)
        .orderBy(desc(L.submittedAt), desc(L.id))
        .limit(f.limit)
        .offset(f.offset),
      db.select({ n: sql<number>`count(*)::int` }).from(L).where(where),
    ])
    return { items: items.map(toLetter), total: count?.n ?? 0 }
  },
  async update(id, version, patch, at) {
    const [r] = await db
      .update(L)
      .set({ ...patch, version: version + 1, updatedAt: at })
      .where(and(eq(L.id, id), eq(L.version, version)))
      .returning()
    return r ? toLetter(r) : null
  },
  async addPhoto(p) {
    const [r] = await db.insert(liaisonPhotos).values(p).returning()
    return r!
  },
  photos: (letterId) =>
    db
      .select()
      .from(liaisonPhotos)
      .where(eq(liaisonPhotos.letterId, letterId))
      .orderBy(liaisonPhotos.createdAt, liaisonPhotos.id),
  async photo(id) {
    const [r] = await db.select().from(liaisonPhotos).where(eq(liaisonPhotos.id, id))
    return r ?? null
  },
  async links(letterId) {
    const rows = await db
      .select({
        kind: liaisonLinks.kind,
        targetId: liaisonLinks.targetId,
        linkedBy: liaisonLinks.linkedBy,
        linkedAt: liaisonLinks.linkedAt,
        complaintNumber: complaints.number,
        complaintVin: complaints.vin,
        complaintStation: complaints.stationId,
        openedOn: sql<
          string | null
        >`to_char(${complaints.openedAt} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`,
        repairOrderNo: RL.repairOrderNo,
        serial: RL.serial,
        repairDate: RL.repairDate,
        dealerId: RL.dealerId,
      })
      .from(liaisonLinks)
      .leftJoin(complaints, and(eq(liaisonLinks.kind, 'complaint'), eq(complaints.id, liaisonLinks.targetId)))
      .leftJoin(RL, and(eq(liaisonLinks.kind, 'claim_line'), eq(RL.id, liaisonLinks.targetId)))
      .where(eq(liaisonLinks.letterId, letterId))
      .orderBy(liaisonLinks.linkedAt)
    return rows.map(
      (r): LiaisonLink =>
        r.kind === 'complaint'
          ? {
              kind: 'complaint',
              targetId: r.targetId,
              ref: r.complaintNumber ?? '',
              vin: r.complaintVin,
              on: r.openedOn,
              stationId: r.complaintStation,
              linkedBy: r.linkedBy,
              linkedAt: r.linkedAt,
            }
          : {
              kind: 'claim_line',
              targetId: r.targetId,
              ref: r.repairOrderNo ?? '',
              vin: r.serial,
              on: r.repairDate,
              stationId: r.dealerId,
              linkedBy: r.linkedBy,
              linkedAt: r.linkedAt,
            },
    )
  },
  async link(letterId, kind, targetId, by, at) {
    const rows = await db
      .insert(liaisonLinks)
      .values({ letterId, kind, targetId, linkedBy: by, linkedAt: at })
      .onConflictDoNothing()
      .returning({ id: liaisonLinks.targetId })
    return rows.length === 1
  },
  async unlink(letterId, kind, targetId) {
    const rows = await db
      .delete(liaisonLinks)
      .where(
        and(
          eq(liaisonLinks.letterId, letterId),
          eq(liaisonLinks.kind, kind),
          eq(liaisonLinks.targetId, targetId),
        ),
      )
      .returning({ id: liaisonLinks.targetId })
    return rows.length === 1
  },
  async claimLinePart(id) {
    const [r] = await db.select({ partCode: RL.partCode }).from(RL).where(eq(RL.id, id))
    return r?.partCode ?? null
  },
  async candidates(partCode, vins, limit) {
    const claimLines = await db
      .select({
        id: RL.id,
        repairOrderNo: RL.repairOrderNo,
        repairDate: RL.repairDate,
        vin: RL.serial,
        dealerId: RL.dealerId,
        quantity: RL.quantity,
        claimedFen: RL.claimedFen,
      })
      .from(RL)
      .where(eq(RL.partCode, partCode))
      .orderBy(desc(RL.repairDate), desc(RL.id))
      .limit(limit)
    // Vehicles with a recent claim line for the part, and the letter's own VINs (vehicles.vin is unique).
    const lineVins = sql`(select ${RL.serial} from ${RL} where ${RL.partCode} = ${partCode} order by ${RL.repairDate} desc limit ${LINE_VEHICLES})`
    const letterVins = vins.length
      ? sql`${sql.join(
          vins.map((v) => sql`${v}`),
          sql`, `,
        )}`
      : sql`null`
    const rows = await db
      .select({
        id: complaints.id,
        number: complaints.number,
        vin: complaints.vin,
        summary: complaints.summary,
        status: complaints.status,
        stationId: complaints.stationId,
        openedAt: complaints.openedAt,
      })
      .from(complaints)
      .where(
        sql`${complaints.vehicleId} in (select ${vehicles.id} from ${vehicles} where ${vehicles.vin} in ${lineVins} or ${vehicles.vin} in (${letterVins}))`,
      )
      .orderBy(desc(complaints.openedAt), desc(complaints.id))
      .limit(limit)
    return { complaints: rows, claimLines }
  },
})
