import { chinaDate } from '@asq/domain'
import { sql } from 'drizzle-orm'
import type { Database } from '../client'

const KEY = ['day', 'station_id', 'region', 'kind', 'source', 'template_id']

/**
 * survey_daily's non-empty rows (`actual`), and the same counted here in JS from the raw invitations
 * and answer items (`expected`), each keyed by its key columns: a test compares the two.
 */
export async function surveyDailyRecount(db: Database) {
  const q = async <T>(s: string) => ((await db.execute(sql.raw(s))) as unknown as { rows: T[] }).rows
  const stored = await q<Record<string, unknown>>('select * from survey_daily')
  const columns = (
    await q<{ c: string }>(
      "select column_name as c from information_schema.columns where table_name = 'survey_daily'",
    )
  )
    .map((r) => r.c)
    .filter((c) => !KEY.includes(c))
  const counts = (r: Record<string, unknown>) => Object.fromEntries(columns.map((c) => [c, Number(r[c])]))
  const keyOf = (r: Record<string, unknown>) => KEY.map((k) => String(r[k] ?? '')).join('|')
  const actual = new Map(
    stored.filter((r) => columns.some((c) => Number(r[c]) !== 0)).map((r) => [keyOf(r), counts(r)]),
  )
  const invs = await q<Record<string, unknown> & { id: string; sent_at: string; answered_at: string | null }>(
    "select * from survey_invitations where sent_at is not null and status <> 'cancelled'",
  )
  const items = await q<{ invitation_id: string; type: string; dimension: string | null; score: number }>(
    "select invitation_id, type, dimension, score from survey_answer_items where type in ('csat', 'nps') and score is not null",
  )
  const expected = new Map<string, Record<string, number>>()
  const add = (k: string, column: string, n: number) => {
    const e = expected.get(k) ?? Object.fromEntries(columns.map((c) => [c, 0]))
    expected.set(k, e)
    e[column]! += n
  }
  for (const i of invs) {
    // Under its station, and under '*', every station.
    for (const station of [i.station_id ?? '', '*']) {
      const k = keyOf({ ...i, station_id: station, day: chinaDate(new Date(i.sent_at)) })
      add(k, 'delivered', 1)
      if (!i.answered_at) continue
      add(k, 'answered', 1)
      for (const a of items.filter((x) => x.invitation_id === i.id)) {
        add(k, `${a.type}_${a.score}`, 1)
        if (!a.dimension) continue
        add(k, `${a.dimension}_n`, 1)
        add(k, `${a.dimension}_t`, a.type === 'csat' ? 5 * (a.score - 1) : 2 * a.score)
      }
    }
  }
  return { actual, expected }
}
