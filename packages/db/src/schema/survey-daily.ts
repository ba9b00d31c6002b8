import { index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core'
import { day } from './columns'

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i)

/** The SERVQUAL dimensions (the domain's SERVQUAL_DIMENSIONS; the schema does not import the domain). */
const DIMENSIONS = ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'] as const

/**
 * The counted columns of survey_daily besides delivered and answered, named as the statistics read
 * them: answers per CSAT rating (csat_1…csat_5) and NPS score (nps_0…nps_10), and per SERVQUAL
 * dimension its scored answers (`<d>_n`) and their sum in twentieths (`<d>_t`).
 */
export const SURVEY_DAILY_SCORES = [
  ...range(1, 5).map((r) => `csat_${r}`),
  ...range(0, 10).map((s) => `nps_${s}`),
  ...DIMENSIONS.flatMap((d) => [`${d}_n`, `${d}_t`]),
]

const key = (name: string) => text(name).notNull()
/** The text key columns: '' for none; the station is '*' in the rows that count every station. */
const textKeys = {
  stationId: key('station_id'),
  region: key('region'),
  kind: key('kind'),
  source: key('source'),
}

const counted = Object.fromEntries(
  ['delivered', 'answered', ...SURVEY_DAILY_SCORES].map((c) => [c, integer(c).notNull().default(0)]),
)

/**
 * The survey statistics summed per China day of delivery and everything a results filter can select
 * (station, region, complaint kind, source, template; '' stands for none, as a key cannot be null).
 * Each invitation is counted twice: under its station and under station '*', every station.
 * Statement triggers on survey_invitations and survey_answer_items keep it in the same transaction
 * (migration 0031_survey_daily); a bulk load without triggers rebuilds it (rebuildSurveyDaily).
 */
export const surveyDaily = pgTable(
  'survey_daily',
  {
    day: day('day').notNull(),
    ...textKeys,
    templateId: uuid('template_id').notNull(),
    ...counted,
  },
  (t) => [
    primaryKey({ columns: [t.stationId, t.day, t.region, t.kind, t.source, t.templateId] }),
    index('survey_daily_day_idx').on(t.day),
  ],
)
