import type { Repositories, SurveyComment, SurveyFactFilter, SurveyFilterInput } from '@asq/domain'
import { chinaDayEnd, chinaDayStart, SURVEY_TARGETS, sortGroups, summaryFromTotals } from '@asq/domain'
import { loadContent } from './survey.service'

export const factFilter = (f: SurveyFilterInput): SurveyFactFilter => ({
  from: f.from ? chinaDayStart(f.from) : undefined,
  to: f.to ? chinaDayEnd(f.to) : undefined,
  stationId: f.stationId,
  region: f.region,
  kind: f.kind,
  source: f.source,
  templateId: f.templateId,
})

/**
 * The results HQ reads: the overall scores, the monthly trend (month of delivery), and the same per
 * station, region and complaint kind, with the targets to compare against. Read from the daily sums
 * survey_daily keeps (grouped by GROUPING SETS there), never by loading the invitations and answers.
 */
export async function surveyResults(repos: Repositories, f: SurveyFilterInput) {
  const [totals, stations] = await Promise.all([
    repos.surveys.responses.totals(factFilter(f), ['month', 'station', 'region', 'kind']),
    repos.organisations.list({ kind: 'dealer' }),
  ])
  const name = new Map(stations.map((s) => [s.id, { zh: s.nameZh, en: s.nameEn }]))
  const groups = (by: keyof typeof totals.by) =>
    sortGroups(totals.by[by]).map((g) => ({ key: g.key, summary: summaryFromTotals(g.totals) }))
  return {
    summary: summaryFromTotals(totals.all),
    trend: groups('month')
      .filter((g) => g.key !== null)
      .map((g) => ({ month: g.key!, ...g.summary })),
    byStation: groups('station').map((g) => ({
      stationId: g.key,
      name: (g.key && name.get(g.key)) || null,
      ...g.summary,
    })),
    byRegion: groups('region').map((g) => ({ region: g.key, ...g.summary })),
    byKind: groups('kind').map((g) => ({ kind: g.key, ...g.summary })),
    targets: SURVEY_TARGETS,
  }
}

/** The overall scores of a filter, counted by the database. */
export const surveySummary = async (repos: Repositories, f: SurveyFactFilter) =>
  summaryFromTotals((await repos.surveys.responses.totals(f, [])).all)

/** Comments with the question they answer (each template version read once per page). */
export async function commentViews(repos: Repositories, items: SurveyComment[]) {
  const contents = new Map<string, Awaited<ReturnType<typeof loadContent>>>()
  for (const i of items) {
    const k = `${i.templateId}:${i.templateVersion}`
    if (!contents.has(k)) contents.set(k, await loadContent(repos, i.templateId, i.templateVersion))
  }
  return items.map((i) => ({
    invitationId: i.invitationId,
    answeredAt: i.answeredAt,
    question: contents
      .get(`${i.templateId}:${i.templateVersion}`)!
      .questions.find((q) => q.id === i.questionId)?.text ?? { zh: i.questionId, en: i.questionId },
    text: i.text,
    source: i.source,
    kind: i.kind,
    stationName: i.stationName,
    customerName: i.customerName,
    dissatisfied: i.dissatisfied,
  }))
}

/** The verbatim comments, newest first, with the question they answer in both languages. */
export async function surveyComments(
  repos: Repositories,
  f: SurveyFilterInput,
  page: { page: number; pageSize: number },
) {
  const { items, total } = await repos.surveys.responses.comments({
    ...factFilter(f),
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  })
  return {
    items: await commentViews(repos, items),
    total,
    page: page.page,
    pageSize: page.pageSize,
  }
}
