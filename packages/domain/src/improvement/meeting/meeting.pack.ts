import type { Severity } from '../../complaint'
import type { ComplaintTally } from '../../kpi'
import { computeFigures, type ParetoBar, pareto } from '../../kpi'
import { isActionOverdue, type MeetingAction } from './meeting.action'
import { packSectionOf, type SectionFacts } from './meeting.section'
import { type ActionStatus, PACK_SECTIONS, type PackSection } from './meeting.vocabulary'

/** Cases of the period grouped by what decides their section and what the pack counts. */
export type CaseGroup = SectionFacts & { closed: boolean; reopened: boolean; late: boolean; count: number }

/** A case as the pack lists it. */
export type PackCaseRow = SectionFacts & {
  id: string
  number: string
  summary: string
  severity: Severity
  status: string
  stationName: string | null
  openedAt: Date
  closedAt: Date | null
}
export type PackCase = PackCaseRow & { section: PackSection }

/** An earlier meeting's action as the next pack opens with it. */
export type PreviousActionRow = Pick<
  MeetingAction,
  'id' | 'title' | 'dueDate' | 'dueAt' | 'status' | 'completedAt'
> & {
  meetingNumber: string
  ownerName: string
  personName: string
  evidenceText: string | null
}
export type PreviousAction = Omit<PreviousActionRow, 'dueAt'> & { overdue: boolean }

export type SectionSummary = {
  received: number
  closed: number
  overdue: number
  reopened: number
  serious: number
  byCause: { cause: string; count: number }[]
}

export type MeetingPack = {
  period: { from: string; to: string }
  generatedAt: Date
  figures: {
    received: number
    closed: number
    reopened: number
    closureRate: number | null
    timelyResponseRate: number | null
    timelyCompletionRate: number | null
    reopenRate: number | null
  }
  sections: Record<PackSection, SectionSummary>
  pareto: ParetoBar[]
  overdue: { total: number; cases: PackCase[] }
  reopened: { total: number; cases: PackCase[] }
  serious: PackCase[]
  previousMeeting: { id: string; number: string; meetingDate: string } | null
  previousActions: PreviousAction[]
  previousActionCounts: Record<ActionStatus, number> & { overdue: number }
}

export type PackInputs = {
  period: { from: string; to: string }
  now: Date
  /** The KPI aggregates of the period (cohort of cases opened in it). */
  tally: ComplaintTally
  causeCounts: readonly { key: string; count: number }[]
  groups: readonly CaseGroup[]
  overdue: { total: number; cases: readonly PackCaseRow[] }
  reopened: { total: number; cases: readonly PackCaseRow[] }
  /** Serious (major) cases closed in the period. */
  serious: readonly PackCaseRow[]
  previousMeeting: PackPrevious | null
  previousActions: readonly PreviousActionRow[]
}
type PackPrevious = { id: string; number: string; meetingDate: string }

const withSection = (c: PackCaseRow): PackCase => ({ ...c, section: packSectionOf(c) })

function sectionSummary(
  section: PackSection,
  groups: readonly CaseGroup[],
  serious: readonly PackCase[],
): SectionSummary {
  const mine = groups.filter((g) => packSectionOf(g) === section)
  const sum = (pick: (g: CaseGroup) => boolean) => mine.reduce((s, g) => s + (pick(g) ? g.count : 0), 0)
  const causes = new Map<string, number>()
  for (const g of mine) causes.set(g.cause, (causes.get(g.cause) ?? 0) + g.count)
  return {
    received: sum(() => true),
    closed: sum((g) => g.closed),
    overdue: sum((g) => g.late),
    reopened: sum((g) => g.reopened),
    serious: serious.filter((c) => c.section === section).length,
    byCause: [...causes]
      .map(([cause, count]) => ({ cause, count }))
      .sort((a, b) => b.count - a.count || a.cause.localeCompare(b.cause)),
  }
}

/**
 * The pack drafted before the meeting: the period's figures (the KPI context's, so they match the
 * dashboard), a quality and a non-quality section, the Pareto of causes, the overdue and reopened
 * cases, the serious cases closed in the period, and — first — the earlier actions and their status.
 */
export function buildPack(i: PackInputs): MeetingPack {
  const f = computeFigures({
    complaints: i.tally,
    unitsInService: null,
    claimLines: 0,
    warrantyCostFen: 0,
    budgetFen: null,
    survey: { delivered: 0, answered: 0, csi: null, nps: null },
    eightd: { stepDaysAvg: null, overdueClaims: 0 },
    recovery: { claimedFen: 0, acceptedFen: 0 },
  })
  const serious = i.serious.map(withSection)
  const previousActions = i.previousActions.map(({ dueAt, ...a }) => ({
    ...a,
    overdue: isActionOverdue({ status: a.status, dueAt }, i.now),
  }))
  return {
    period: i.period,
    generatedAt: i.now,
    figures: {
      received: i.tally.opened,
      closed: i.tally.closed,
      reopened: i.tally.reopened,
      closureRate: f.closure_rate,
      timelyResponseRate: f.timely_response_rate,
      timelyCompletionRate: f.timely_completion_rate,
      reopenRate: f.reopen_rate,
    },
    sections: Object.fromEntries(
      PACK_SECTIONS.map((s) => [s, sectionSummary(s, i.groups, serious)]),
    ) as Record<PackSection, SectionSummary>,
    pareto: pareto(i.causeCounts),
    overdue: { total: i.overdue.total, cases: i.overdue.cases.map(withSection) },
    reopened: { total: i.reopened.total, cases: i.reopened.cases.map(withSection) },
    serious,
    previousMeeting: i.previousMeeting,
    previousActions,
    previousActionCounts: {
      open: previousActions.filter((a) => a.status === 'open').length,
      done: previousActions.filter((a) => a.status === 'done').length,
      overdue: previousActions.filter((a) => a.overdue).length,
    },
  }
}
