import type {
  AudienceMember,
  Segment,
  SurveyCampaign,
  SurveyCampaignRepository,
  SurveyFollowUp,
  SurveyFollowUpRepository,
} from '@asq/domain'
import { and, asc, count, desc, eq, notExists, sql } from 'drizzle-orm'
import type { Database } from '../client'
import {
  complaints,
  customers,
  organisations,
  surveyCampaigns,
  surveyFollowUps,
  surveyInvitations,
  vehicles,
} from '../schema'

type FollowUpRow = typeof surveyFollowUps.$inferSelect

const toFollowUp = (r: FollowUpRow): SurveyFollowUp => ({
  id: r.id,
  invitationId: r.invitationId,
  responseId: r.responseId,
  stationId: r.stationId,
  customerId: r.customerId,
  complaintId: r.complaintId,
  status: r.status as SurveyFollowUp['status'],
  lowAnswers: r.lowAnswers as SurveyFollowUp['lowAnswers'],
  calls: (r.calls as (Omit<SurveyFollowUp['calls'][number], 'at'> & { at: string })[]).map((c) => ({
    ...c,
    at: new Date(c.at),
  })),
  resolution: r.resolution as SurveyFollowUp['resolution'],
  createdAt: r.createdAt,
  closedAt: r.closedAt,
  version: r.version,
})

export const surveyFollowUpRepository = (db: Database): SurveyFollowUpRepository => ({
  async create(f) {
    const [r] = await db.insert(surveyFollowUps).values(f).onConflictDoNothing().returning()
    return r ? toFollowUp(r) : null
  },
  async byId(id) {
    const [r] = await db.select().from(surveyFollowUps).where(eq(surveyFollowUps.id, id))
    return r ? toFollowUp(r) : null
  },
  async openForComplaint(complaintId) {
    const [r] = await db
      .select()
      .from(surveyFollowUps)
      .where(and(eq(surveyFollowUps.complaintId, complaintId), eq(surveyFollowUps.status, 'open')))
      .orderBy(desc(surveyFollowUps.createdAt))
      .limit(1)
    return r ? toFollowUp(r) : null
  },
  async list({ stationId, status, limit, offset }) {
    const where = and(
      stationId ? eq(surveyFollowUps.stationId, stationId) : undefined,
      status ? eq(surveyFollowUps.status, status) : undefined,
    )
    const rows = await db
      .select({
        f: surveyFollowUps,
        customerName: customers.name,
        customerPhone: customers.phone,
        stationName: organisations.nameZh,
        complaintNumber: complaints.number,
      })
      .from(surveyFollowUps)
      .innerJoin(customers, eq(customers.id, surveyFollowUps.customerId))
      .leftJoin(organisations, eq(organisations.id, surveyFollowUps.stationId))
      .leftJoin(complaints, eq(complaints.id, surveyFollowUps.complaintId))
      .where(where)
      // Open tasks first, oldest first: the ones waiting longest get called back first.
      .orderBy(desc(eq(surveyFollowUps.status, 'open')), asc(surveyFollowUps.createdAt))
      .limit(limit)
      .offset(offset)
    const [total] = await db.select({ n: count() }).from(surveyFollowUps).where(where)
    return {
      items: rows.map(({ f, ...r }) => ({ ...toFollowUp(f), ...r })),
      total: total?.n ?? 0,
    }
  },
  async update(id, version, patch) {
    const [r] = await db
      .update(surveyFollowUps)
      .set({ ...patch, version: version + 1 })
      .where(and(eq(surveyFollowUps.id, id), eq(surveyFollowUps.version, version)))
      .returning()
    return r ? toFollowUp(r) : null
  },
})

type CampaignRow = typeof surveyCampaigns.$inferSelect
const toCampaign = (r: CampaignRow): SurveyCampaign => ({
  ...r,
  segment: r.segment as Segment,
  status: r.status as SurveyCampaign['status'],
})

/** A customer's home station: the dealer that sold their first vehicle. */
const homeStation = (db: Database) =>
  db
    .selectDistinctOn([vehicles.customerId], {
      customerId: vehicles.customerId,
      stationId: vehicles.sellingDealerId,
    })
    .from(vehicles)
    .orderBy(vehicles.customerId, asc(vehicles.createdAt))
    .as('home')

function audienceQuery(db: Database, segment: Segment, notInCampaign?: string) {
  const home = homeStation(db)
  const where = and(
    segment.keyAccountsOnly ? eq(customers.keyAccount, true) : undefined,
    segment.stationId ? eq(home.stationId, segment.stationId) : undefined,
    segment.region ? eq(organisations.region, segment.region) : undefined,
    notInCampaign
      ? notExists(
          db
            .select({ one: sql`1` })
            .from(surveyInvitations)
            .where(
              and(
                eq(surveyInvitations.campaignId, notInCampaign),
                eq(surveyInvitations.customerId, customers.id),
              ),
            ),
        )
      : undefined,
  )
  return { home, where }
}

export const surveyCampaignRepository = (db: Database): SurveyCampaignRepository => ({
  async create(c) {
    const [r] = await db.insert(surveyCampaigns).values(c).returning()
    return toCampaign(r!)
  },
  async byId(id) {
    const [r] = await db.select().from(surveyCampaigns).where(eq(surveyCampaigns.id, id))
    return r ? toCampaign(r) : null
  },
  async list(limit, offset) {
    const rows = await db
      .select()
      .from(surveyCampaigns)
      .orderBy(desc(surveyCampaigns.createdAt))
      .limit(limit)
      .offset(offset)
    const [total] = await db.select({ n: count() }).from(surveyCampaigns)
    return { items: rows.map(toCampaign), total: total?.n ?? 0 }
  },
  async audience(segment, notInCampaign) {
    const { home, where } = audienceQuery(db, segment, notInCampaign)
    const rows = await db
      .select({
        customerId: customers.id,
        name: customers.name,
        phone: customers.phone,
        email: customers.email,
        stationId: home.stationId,
        region: organisations.region,
      })
      .from(customers)
      .leftJoin(home, eq(home.customerId, customers.id))
      .leftJoin(organisations, eq(organisations.id, home.stationId))
      .where(where)
      .orderBy(asc(customers.createdAt), asc(customers.id))
    return rows as AudienceMember[]
  },
  async audienceSize(segment) {
    const { home, where } = audienceQuery(db, segment)
    const [r] = await db
      .select({
        total: count(),
        reachable: sql<number>`cast(count(*) filter (where ${customers.phone} is not null or ${customers.email} is not null) as int)`,
      })
      .from(customers)
      .leftJoin(home, eq(home.customerId, customers.id))
      .leftJoin(organisations, eq(organisations.id, home.stationId))
      .where(where)
    return { total: r?.total ?? 0, reachable: Number(r?.reachable ?? 0) }
  },
  async markSent(id, version, invited, at) {
    const [r] = await db
      .update(surveyCampaigns)
      .set({
        status: 'sent',
        invited: sql`${surveyCampaigns.invited} + ${invited}`,
        sentAt: at,
        version: version + 1,
      })
      .where(and(eq(surveyCampaigns.id, id), eq(surveyCampaigns.version, version)))
      .returning()
    return r ? toCampaign(r) : null
  },
})
