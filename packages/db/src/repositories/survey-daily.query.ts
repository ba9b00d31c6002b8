import type { Grouping, SurveyFactFilter } from '@asq/domain'
import { chinaDate, chinaDayStart } from '@asq/domain'
import { and, type Column, eq, gte, lt, ne, type SQL, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { SURVEY_DAILY_SCORES, surveyDaily } from '../schema'

const COLUMN: Record<Grouping, string> = {
  station: 'station_id',
  region: 'region',
  kind: 'kind',
  month: 'month',
}

/**
 * The grouping sets (everything unless `all` is false, and each grouping asked for), and which set a
 * row belongs to (grp) with its key.
 */
export function groupingSql(groupings: readonly Grouping[], all = true) {
  const sets = sql.raw([...(all ? ['()'] : []), ...groupings.map((g) => `(${COLUMN[g]})`)].join(', '))
  // grouping() = 0: the column is grouped on.
  const when = (then: (g: Grouping) => string) =>
    groupings.map((g) => `when grouping(${COLUMN[g]}) = 0 then ${then(g)}`).join(' ')
  const keys = sql.raw(
    groupings.length
      ? `case ${when((g) => `'${g}'`)} else 'all' end as grp, case ${when((g) => `${COLUMN[g]}::text`)} end as key`
      : `'all' as grp, null::text as key`,
  )
  return { sets, keys }
}

type KeyColumns = Record<'region' | 'kind' | 'source' | 'templateId', Column>

/** The filter's region, kind, source and template on a table that has those columns. */
export const keyFilters = (f: SurveyFactFilter, t: KeyColumns) => [
  f.region ? eq(t.region, f.region) : undefined,
  f.kind ? eq(t.kind, f.kind) : undefined,
  f.source ? eq(t.source, f.source) : undefined,
  f.templateId ? eq(t.templateId, f.templateId) : undefined,
]

/** A filter's bounds as China days (`to` exclusive), or null when one falls inside a day. */
function chinaDays(f: SurveyFactFilter): { from?: string; to?: string } | null {
  const day = (at: Date) => {
    const d = chinaDate(at)
    return chinaDayStart(d).getTime() === at.getTime() ? d : null
  }
  const from = f.from && day(f.from)
  const to = f.to && day(f.to)
  return from === null || to === null ? null : { from, to }
}

const COUNTED = ['delivered', 'answered', ...SURVEY_DAILY_SCORES]
const SUMMED = sql.raw(COUNTED.map((c) => `sum(${c})::int as ${c}`).join(', '))

type Row = Record<string, number | string | null>

/**
 * The statistics of a filter read from survey_daily (one row per China day and key a filter can
 * select, kept by triggers), grouped as asked. Each invitation is counted there under its station and
 * under station '*': a read for one station takes its rows, the network's figures take the '*' rows
 * (a few per day), and only the per-station grouping sums the stations' rows. Bounds inside a China
 * day (no caller sends one) cannot be answered from days: null, and the caller counts the raw rows.
 */
export async function dailyTotalsRows(
  db: Database,
  f: SurveyFactFilter,
  groupings: readonly Grouping[],
): Promise<Row[] | null> {
  const days = chinaDays(f)
  if (!days) return null
  const where = (station: SQL) =>
    and(
      station,
      days.from ? gte(surveyDaily.day, days.from) : undefined,
      days.to ? lt(surveyDaily.day, days.to) : undefined,
      ...keyFilters(f, surveyDaily),
    )!
  const read = async (rows: SQL, g: { sets: SQL; keys: SQL }) =>
    (
      (await db.execute(sql`with d as (
          select nullif(station_id, '') as station_id, nullif(region, '') as region,
            nullif(kind, '') as kind, to_char(day, 'YYYY-MM') as month, ${sql.raw(COUNTED.join(', '))}
          from survey_daily where ${rows})
        select ${g.keys}, ${SUMMED} from d group by grouping sets (${g.sets})`)) as unknown as {
        rows: Row[]
      }
    ).rows
  if (f.stationId) return read(where(eq(surveyDaily.stationId, f.stationId)), groupingSql(groupings))
  const [network, stations] = await Promise.all([
    read(where(eq(surveyDaily.stationId, '*')), groupingSql(groupings.filter((g) => g !== 'station'))),
    groupings.includes('station')
      ? read(where(ne(surveyDaily.stationId, '*')), groupingSql(['station'], false))
      : [],
  ])
  return [...network, ...stations]
}

/** Counts survey_daily again from the raw rows: after a bulk load that ran without triggers. */
export async function rebuildSurveyDaily(db: Database) {
  await db.execute(sql`select survey_daily_rebuild()`)
}
