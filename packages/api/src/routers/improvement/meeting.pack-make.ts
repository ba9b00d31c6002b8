import type { Meeting, Repositories } from '@asq/domain'
import { buildPack, isSeriousCase, type MeetingPack } from '@asq/domain'

/** How many cases each list of the pack shows (the totals count them all). */
const PACK_LIST_LIMIT = 200
const ALL = { dim: 'all', key: '' } as const

/**
 * Gathers what the pack is built from: the period's figures and causes from the KPI aggregates (the
 * dashboard's reads), the cohort's sections and flagged cases from the KPI facts, the serious cases
 * closed in the period, and the earlier meetings' actions.
 */
export async function makePack(repos: Repositories, m: Meeting, now: Date): Promise<MeetingPack> {
  const period = { from: m.periodFrom, to: m.periodTo }
  const meetings = repos.improvement.meetings
  // In turn, not at once: inside a transaction these share one connection (see kpi.refresh.ts).
  const tally = await repos.kpi.tally(ALL, period)
  const causeCounts = await repos.kpi.causeCounts(ALL, period)
  const groups = await meetings.caseGroups(period)
  const overdue = await meetings.flaggedCases(period, 'late', PACK_LIST_LIMIT)
  const reopened = await meetings.flaggedCases(period, 'reopened', PACK_LIST_LIMIT)
  const major = await meetings.closedCases(period, 'major', PACK_LIST_LIMIT)
  const previous = await meetings.previous(m.meetingDate, m.id)
  const previousActions = previous ? await meetings.carriedActions(previous) : []
  return buildPack({
    period,
    now,
    tally,
    causeCounts,
    groups,
    overdue,
    reopened,
    serious: major.filter(isSeriousCase),
    previousMeeting: previous && {
      id: previous.id,
      number: previous.number,
      meetingDate: previous.meetingDate,
    },
    previousActions,
  })
}
