import type { CalendarDay, OpeningHours, SlaRepository, SlaSettings, WeeklyHours } from '@asq/domain'
import { and, asc, desc, eq, gte, lte } from 'drizzle-orm'
import type { Database } from '../client'
import { calendarDays, openingHours, organisations, slaPolicies } from '../schema'

const yearRange = (year: number) =>
  and(gte(calendarDays.date, `${year}-01-01`), lte(calendarDays.date, `${year}-12-31`))
const toDay = (r: typeof calendarDays.$inferSelect): CalendarDay => ({
  date: r.date,
  kind: r.kind as CalendarDay['kind'],
  name: r.name,
})

const hoursQuery = (db: Database) =>
  db
    .select({ h: openingHours, kind: organisations.kind })
    .from(openingHours)
    .innerJoin(organisations, eq(organisations.id, openingHours.orgId))
const toHours = (r: {
  h: typeof openingHours.$inferSelect
  kind: OpeningHours['orgKind']
}): OpeningHours => ({
  orgId: r.h.orgId,
  orgKind: r.kind,
  hours: r.h.hours as WeeklyHours,
  closures: r.h.closures as string[],
  version: r.h.version,
})

export const slaRepository = (db: Database): SlaRepository => ({
  async allOpeningHours() {
    return (await hoursQuery(db)).map(toHours)
  },
  async openingHoursOf(orgId) {
    const [r] = await hoursQuery(db).where(eq(openingHours.orgId, orgId))
    return r ? toHours(r) : null
  },
  async saveOpeningHours(h, baseVersion) {
    const values = { hours: h.hours, closures: h.closures, updatedBy: h.by, updatedAt: h.at }
    if (baseVersion === 0) {
      const rows = await db
        .insert(openingHours)
        .values({ orgId: h.orgId, ...values })
        .onConflictDoNothing()
        .returning({ v: openingHours.version })
      return rows.length === 1
    }
    const rows = await db
      .update(openingHours)
      .set({ ...values, version: baseVersion + 1 })
      .where(and(eq(openingHours.orgId, h.orgId), eq(openingHours.version, baseVersion)))
      .returning({ v: openingHours.version })
    return rows.length === 1
  },
  async currentPolicy() {
    const [r] = await db.select().from(slaPolicies).orderBy(desc(slaPolicies.version)).limit(1)
    return r
      ? { version: r.version, effectiveFrom: r.effectiveFrom, settings: r.settings as SlaSettings }
      : null
  },
  async savePolicy(p) {
    // The version is the primary key: two editors saving from the same base cannot both win.
    const rows = await db
      .insert(slaPolicies)
      .values(p)
      .onConflictDoNothing()
      .returning({ v: slaPolicies.version })
    return rows.length === 1
  },
  async allCalendarDays() {
    return (await db.select().from(calendarDays).orderBy(asc(calendarDays.date))).map(toDay)
  },
  async calendarYear(year) {
    return (await db.select().from(calendarDays).where(yearRange(year)).orderBy(asc(calendarDays.date))).map(
      toDay,
    )
  },
  async upsertDay(d) {
    const [before] = await db.select().from(calendarDays).where(eq(calendarDays.date, d.date))
    await db
      .insert(calendarDays)
      .values(d)
      .onConflictDoUpdate({ target: calendarDays.date, set: { kind: d.kind, name: d.name } })
    return before ? toDay(before) : null
  },
  async deleteDay(date) {
    const [r] = await db.delete(calendarDays).where(eq(calendarDays.date, date)).returning()
    return r ? toDay(r) : null
  },
  async replaceYear(year, days) {
    await db.delete(calendarDays).where(yearRange(year))
    if (days.length) await db.insert(calendarDays).values(days)
  },
})
