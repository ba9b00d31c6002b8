import { chinaMonth } from '../shared/china-time'
import { SERVQUAL_DIMENSIONS, type ServqualDimension } from './survey.vocabulary'

/**
 * The scores HQ watches (targets: satisfaction with complaint handling ≥ 70 %, customer satisfaction
 * index > 75). All are percentages rounded to one decimal, or null when there is nothing to score.
 */
export type ScoredAnswer = { type: 'csat' | 'nps'; score: number; dimension: ServqualDimension | null }

/**
 * part / whole (integers) as a percentage rounded half up to one decimal, in one division so that an
 * exact half such as 45.25 % is not read as 45.2499… (floats summed or divided twice lose it).
 */
const pct = (part: number, whole: number) => (whole === 0 ? null : Math.round((part * 1000) / whole) / 10)

/** CSAT %: the share of 1–5 ratings that are 4 or 5. */
export const csatPercent = (ratings: readonly number[]): number | null =>
  pct(ratings.filter((r) => r >= 4).length, ratings.length)

/** How NPS answers split: promoters 9–10, passives 7–8, detractors 0–6. */
export function npsSplit(scores: readonly number[]) {
  const promoters = scores.filter((s) => s >= 9).length
  const detractors = scores.filter((s) => s <= 6).length
  return { promoters, passives: scores.length - promoters - detractors, detractors }
}

/** NPS: % promoters − % detractors, from −100 to 100. */
export function npsScore(scores: readonly number[]): number | null {
  if (scores.length === 0) return null
  const { promoters, detractors } = npsSplit(scores)
  return pct(promoters - detractors, scores.length)
}

/**
 * One answer on a 0–1 scale, counted in twentieths so that sums stay exact integers: a rating r (1–5)
 * is (r − 1) / 4 = 5 (r − 1) twentieths, an NPS score s (0–10) is s / 10 = 2 s twentieths.
 */
export const inTwentieths = (a: ScoredAnswer): number => (a.type === 'csat' ? 5 * (a.score - 1) : 2 * a.score)

/**
 * Customer satisfaction index (CSI, 0–100): the mean of all rating and NPS answers, each normalised
 * to 0–1 (see `inTwentieths`), times 100. Every answer weighs the same; free text and choices do not count.
 */
export function satisfactionIndex(answers: readonly ScoredAnswer[]): number | null {
  return pct(
    answers.reduce((s, a) => s + inTwentieths(a), 0),
    answers.length * 20,
  )
}

/** The index per SERVQUAL dimension, over the answers to questions tagged with it. */
export function dimensionScores(answers: readonly ScoredAnswer[]): Record<ServqualDimension, number | null> {
  return Object.fromEntries(
    SERVQUAL_DIMENSIONS.map((d) => [d, satisfactionIndex(answers.filter((a) => a.dimension === d))]),
  ) as Record<ServqualDimension, number | null>
}

/** Response rate (回收率): answered invitations / delivered invitations. */
export const responseRate = (answered: number, delivered: number): number | null => pct(answered, delivered)

/** How many answers gave each score from `min` to `max`. */
export function distribution(scores: readonly number[], min: number, max: number): number[] {
  const out = Array.from({ length: max - min + 1 }, () => 0)
  for (const s of scores) if (s >= min && s <= max) out[s - min]! += 1
  return out
}

/**
 * One invitation as the statistics see it: where it belongs (station, region, complaint kind), when it
 * was delivered and answered, and its scored answers.
 */
export type SurveyFact = {
  stationId: string | null
  region: string | null
  kind: string | null
  sentAt: Date | null
  answeredAt: Date | null
  answers: ScoredAnswer[]
}

export type SurveySummary = {
  delivered: number
  answered: number
  responseRate: number | null
  csat: number | null
  nps: number | null
  index: number | null
  npsSplit: { promoters: number; passives: number; detractors: number }
  csatDistribution: number[]
  npsDistribution: number[]
  dimensions: Record<ServqualDimension, number | null>
}

export function summarise(facts: readonly SurveyFact[]): SurveySummary {
  const delivered = facts.filter((f) => f.sentAt !== null)
  const answered = delivered.filter((f) => f.answeredAt !== null)
  const answers = answered.flatMap((f) => f.answers)
  const ratings = answers.filter((a) => a.type === 'csat').map((a) => a.score)
  const nps = answers.filter((a) => a.type === 'nps').map((a) => a.score)
  return {
    delivered: delivered.length,
    answered: answered.length,
    responseRate: responseRate(answered.length, delivered.length),
    csat: csatPercent(ratings),
    nps: npsScore(nps),
    index: satisfactionIndex(answers),
    npsSplit: npsSplit(nps),
    csatDistribution: distribution(ratings, 1, 5),
    npsDistribution: distribution(nps, 0, 10),
    dimensions: dimensionScores(answers),
  }
}

export const GROUPINGS = ['station', 'region', 'month', 'kind'] as const
export type Grouping = (typeof GROUPINGS)[number]

const keyOf = (f: SurveyFact, by: Grouping): string | null => {
  if (by === 'station') return f.stationId
  if (by === 'region') return f.region
  if (by === 'kind') return f.kind
  return f.sentAt ? chinaMonth(f.sentAt) : null
}

/**
 * Scores per station, region, month or complaint kind. A month is the month the invitation was
 * delivered, so that each month's response rate compares like with like. Groups sort by key.
 */
export function groupFacts(
  facts: readonly SurveyFact[],
  by: Grouping,
): { key: string | null; summary: SurveySummary }[] {
  const groups = new Map<string | null, SurveyFact[]>()
  for (const f of facts) {
    const k = keyOf(f, by)
    const list = groups.get(k)
    if (list) list.push(f)
    else groups.set(k, [f])
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a ?? '\uffff').localeCompare(b ?? '\uffff'))
    .map(([key, fs]) => ({ key, summary: summarise(fs) }))
}

/** HQ's targets: satisfaction with complaint handling ≥ 70 % (CSAT), satisfaction index > 75. */
export const SURVEY_TARGETS = { handlingSatisfaction: 70, satisfactionIndex: 75 } as const

/**
 * What the database counts for one group of invitations (the statistics in SQL, never the rows in
 * memory): delivered and answered invitations, how many answers gave each score, and per SERVQUAL
 * dimension the answers and the sum of their normalised values in twentieths (a rating r adds
 * 5 (r − 1), an NPS score s adds 2 s: exact integers, so the index matches `satisfactionIndex`).
 */
export type SurveyTotals = {
  delivered: number
  answered: number
  /** Answers per rating 1–5. */
  csat: number[]
  /** Answers per NPS score 0–10. */
  nps: number[]
  dimensions: Record<ServqualDimension, { answers: number; twentieths: number }>
}

const indexOf = (answers: number, twentieths: number) => pct(twentieths, answers * 20)

/** The summary of `summarise`, from the totals the database counted. */
export function summaryFromTotals(t: SurveyTotals): SurveySummary {
  const ratings = t.csat.reduce((s, n) => s + n, 0)
  const npsAnswers = t.nps.reduce((s, n) => s + n, 0)
  const promoters = t.nps[9]! + t.nps[10]!
  const detractors = t.nps.slice(0, 7).reduce((s, n) => s + n, 0)
  const twentieths =
    t.csat.reduce((s, n, i) => s + n * 5 * i, 0) + t.nps.reduce((s, n, score) => s + n * 2 * score, 0)
  return {
    delivered: t.delivered,
    answered: t.answered,
    responseRate: responseRate(t.answered, t.delivered),
    csat: pct(t.csat[3]! + t.csat[4]!, ratings),
    nps: pct(promoters - detractors, npsAnswers),
    index: indexOf(ratings + npsAnswers, twentieths),
    npsSplit: { promoters, passives: npsAnswers - promoters - detractors, detractors },
    csatDistribution: [...t.csat],
    npsDistribution: [...t.nps],
    dimensions: Object.fromEntries(
      SERVQUAL_DIMENSIONS.map((d) => [d, indexOf(t.dimensions[d].answers, t.dimensions[d].twentieths)]),
    ) as Record<ServqualDimension, number | null>,
  }
}

/** Groups of a grouping sorted as `groupFacts` sorts them: by key, the null key last. */
export const sortGroups = <T extends { key: string | null }>(groups: T[]): T[] =>
  [...groups].sort((a, b) => (a.key ?? '\uffff').localeCompare(b.key ?? '\uffff'))
