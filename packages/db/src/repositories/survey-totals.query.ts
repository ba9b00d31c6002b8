import type { Grouping, ServqualDimension, SurveyTotals } from '@asq/domain'
import { SERVQUAL_DIMENSIONS } from '@asq/domain'
import { type SQL, sql } from 'drizzle-orm'
import type { Database } from '../client'

const COLUMN: Record<Grouping, string> = {
  station: 'station_id',
  region: 'region',
  kind: 'kind',
  month: 'month',
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i)
const answerColumns = [
  ...range(1, 5).map((r) => `count(*) filter (where a.type = 'csat' and a.score = ${r})::int as csat_${r}`),
  ...range(0, 10).map((s) => `count(*) filter (where a.type = 'nps' and a.score = ${s})::int as nps_${s}`),
  ...SERVQUAL_DIMENSIONS.flatMap((d) => [
    `count(*) filter (where a.dimension = '${d}')::int as ${d}_n`,
    `coalesce(sum(case when a.type = 'csat' then 5 * (a.score - 1) else 2 * a.score end) filter (where a.dimension = '${d}'), 0)::int as ${d}_t`,
  ]),
].join(',\n')

type Row = Record<string, number | string | null> & { grp: string; key: string | null }

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
 * The survey statistics of the invitations `where` selects, counted by the database: one pass over
 * the invitations and one over their scored answers, each GROUP BY GROUPING SETS (everything, and each
 * grouping asked for). A month is the China month of delivery.
 */
export async function surveyTotals<G extends Grouping>(
  db: Database,
  where: SQL | undefined,
  groupings: readonly G[],
): Promise<{ all: SurveyTotals; by: Record<G, { key: string | null; totals: SurveyTotals }[]> }> {
  const sets = sql.raw(['()', ...groupings.map((g) => `(${COLUMN[g]})`)].join(', '))
  const inv = sql`select id, station_id::text as station_id, region, kind, sent_at, answered_at,
      to_char((sent_at at time zone 'UTC') + interval '8 hours', 'YYYY-MM') as month
    from survey_invitations where ${where ?? sql`true`}`
  // Which grouping set a row belongs to, and its key (grouping() = 0: the column is grouped on).
  const when = (then: (g: G) => string) =>
    groupings.map((g) => `when grouping(${COLUMN[g]}) = 0 then ${then(g)}`).join(' ')
  const keys = sql.raw(
    groupings.length
      ? `case ${when((g) => `'${g}'`)} else 'all' end as grp, case ${when((g) => `${COLUMN[g]}::text`)} end as key`
      : `'all' as grp, null::text as key`,
  )
  const counted = (await db.execute(sql`with inv as (${inv})
    select ${keys}, count(*)::int as delivered, count(answered_at)::int as answered
    from inv group by grouping sets (${sets})`)) as unknown as { rows: Row[] }
  const scored = (await db.execute(sql`with inv as (${inv})
    select ${keys}, ${sql.raw(answerColumns)}
    from inv join survey_answer_items a on a.invitation_id = inv.id
    where inv.answered_at is not null and a.type in ('csat', 'nps') and a.score is not null
    group by grouping sets (${sets})`)) as unknown as { rows: Row[] }

  const groups = new Map<string, { grp: string; key: string | null; totals: SurveyTotals }>()
  const at = (r: Row) => {
    const id = `${r.grp}|${r.key === null ? '\u0000' : r.key}`
    const e = groups.get(id) ?? { grp: r.grp, key: r.key, totals: emptyTotals() }
    groups.set(id, e)
    return e.totals
  }
  for (const r of counted.rows) Object.assign(at(r), { delivered: r.delivered, answered: r.answered })
  for (const r of scored.rows) {
    const t = at(r)
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
