import type { CalendarDay, SlaRepository, SlaSettings } from '@asq/domain'
import { and, asc, desc, eq, gte, lte } from 'drizzle-orm'
import type { Database } from '../client'
import { calendarDays, slaPolicies } from '../schema'

const yearRange = (year: number) =>
  and(gte(calendarDays.date, `${year}-01-01`), lte(calendarDays.date, `${year}-12-31`))
const toDay = (r: typeof calendarDays.$inferSelect): CalendarDay => ({
  date: r.date,
  kind: r.kind as CalendarDay['kind'],
  name: r.name,
})

export const slaRepository = (db: Database): SlaRepository => ({
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
