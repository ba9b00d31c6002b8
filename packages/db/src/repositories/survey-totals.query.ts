import type { Grouping, ServqualDimension, SurveyFactFilter, SurveyTotals } from '@asq/domain'
import { SERVQUAL_DIMENSIONS } from '@asq/domain'
import { type SQL, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { dailyTotalsRows, groupingSql } from './survey-daily.query'

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i)
const answerColumns = [
  ...range(1, 5).map((r) => `count(*) filter (where a.type = 'csat' and a.score = ${r})::int as csat_${r}`),
  ...range(0, 10).map((s) => `count(*) filter (where a.type = 'nps' and a.score = ${s})::int as nps_${s}`),
  ...SERVQUAL_DIMENSIONS.flatMap((d) => [
    `count(*) filter (where a.dimension = '${d}')::int as ${d}_n`,
    `coalesce(sum(case when a.type = 'csat' then 5 * (a.score - 1) else 2 * a.score end) filter (where a.dimension = '${d}'), 0)::int as ${d}_t`,
  ]),
].join(',\n')

type Row = Record<string, number | string | null>

const emptyTotals = (): SurveyTotals => ({
  delivered: 0,
  answered: 0,
  csat: range(1, 5).map(() => 0),
  nps: range(0, 10).map(() => 0),
  dimensions: Object.fromEntries(
    SERVQUAL_DIMENSIONS.map((d) => [d, { answers: 0, twentieths: 0 }]),
  ) as Record<ServqualDimension, { answers: number; twentieths: number }>,
})

/**
 * The raw path: one pass over the invitations `where` selects and one over their scored answers, each
 * GROUP BY GROUPING SETS. Only for bounds inside a China day, which survey_daily cannot answer.
 */
async function rawTotalsRows(db: Database, where: SQL | undefined, { keys, sets }: { keys: SQL; sets: SQL }) {
  const inv = sql`select id, station_id::text as station_id, region, kind, sent_at, answered_at,
      to_char((sent_at at time zone 'UTC') + interval '8 hours', 'YYYY-MM') as month
    from survey_invitations where ${where ?? sql`true`}`
  const counted = (await db.execute(sql`with inv as (${inv})
    select ${keys}, count(*)::int as delivered, count(answered_at)::int as answered
    from inv group by grouping sets (${sets})`)) as unknown as { rows: Row[] }
  const scored = (await db.execute(sql`with inv as (${inv})
    select ${keys}, ${sql.raw(answerColumns)}
    from inv join survey_answer_items a on a.invitation_id = inv.id
    where inv.answered_at is not null and a.type in ('csat', 'nps') and a.score is not null
    group by grouping sets (${sets})`)) as unknown as { rows: Row[] }
  return [...counted.rows, ...scored.rows]
}

/**
 * The survey statistics of the invitations filter `f` selects (`where` is the same filter on
 * survey_invitations), for everything and per group of each grouping asked for. Read from the daily
 * aggregate survey_daily (sums over the days in range); a month is the China month of delivery.
 */
export async function surveyTotals<G extends Grouping>(
  db: Database,
  f: SurveyFactFilter,
  where: SQL | undefined,
  groupings: readonly G[],
): Promise<{ all: SurveyTotals; by: Record<G, { key: string | null; totals: SurveyTotals }[]> }> {
  const rows =
    (await dailyTotalsRows(db, f, groupings)) ?? (await rawTotalsRows(db, where, groupingSql(groupings)))

  const groups = new Map<string, { grp: string; key: string | null; totals: SurveyTotals }>()
  for (const r of rows) {
    const key = r.key === null ? null : String(r.key)
    const id = `${r.grp}|${key === null ? '\u0000' : key}`
    const e = groups.get(id) ?? { grp: String(r.grp), key, totals: emptyTotals() }
    groups.set(id, e)
    const t = e.totals
    if ('delivered' in r) Object.assign(t, { delivered: Number(r.delivered), answered: Number(r.answered) })
    if (!('csat_1' in r)) continue
    t.csat = range(1, 5).map((x) => Number(r[`csat_${x}`]))
    t.nps = range(0, 10).map((x) => Number(r[`nps_${x}`]))
    for (const d of SERVQUAL_DIMENSIONS)
      t.dimensions[d] = { answers: Number(r[`${d}_n`]), twentieths: Number(r[`${d}_t`]) }
  }
  const all = [...groups.values()].find((e) => e.grp === 'all')?.totals ?? emptyTotals()
  const by = Object.fromEntries(
    groupings.map((g) => [
      g,
      [...groups.values()].filter((e) => e.grp === g).map(({ key, totals }) => ({ key, totals })),
    ]),
  ) as Record<G, { key: string | null; totals: SurveyTotals }[]>
  return { all, by }
}
