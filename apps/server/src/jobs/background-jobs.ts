import type { ApiDeps } from '@asq/api'
import {
  runDueReports,
  runEarlyWarning,
  runEightdEscalationSweep,
  runEscalationSweep,
  runKpiRefresh,
  runMeetingActionSweep,
  runScheduledSettlement,
  runSurveyDeliverySweep,
  runSurveyReminderSweep,
} from '@asq/api'
import type { Logger } from '../logger'
import { type PeriodicJob, startPeriodicJob } from './periodic'

const MINUTE = 60_000

/**
 * Every scheduled job of the platform, one entry per job (a bounded context adds its own line).
 * Each is idempotent and claims its work with a database constraint or a conditional update.
 */
export const BACKGROUND_JOBS: PeriodicJob<ApiDeps>[] = [
  // A breached complaint clock rises one level; one escalation per breach (unique row per breach).
  { name: 'complaint escalation sweep', everyMs: MINUTE, run: (d) => runEscalationSweep(d) },
  // An overdue 8D step rises supplier contact → supplier management → HQ purchasing, once per (claim, step, level).
  { name: '8D escalation sweep', everyMs: MINUTE, run: (d) => runEightdEscalationSweep(d, d.clock()) },
  // An overdue review-meeting action rises a level (overdue; three working days late), once per (action, level).
  { name: 'meeting action sweep', everyMs: 15 * MINUTE, run: (d) => runMeetingActionSweep(d, d.clock()) },
  // Survey invitations whose delay has passed go out; scheduled → sent is a conditional update.
  { name: 'survey delivery sweep', everyMs: MINUTE, run: (d) => runSurveyDeliverySweep(d) },
  // Unanswered invitations get their reminder after N days (claimed by bumping the count).
  { name: 'survey reminder sweep', everyMs: 15 * MINUTE, run: (d) => runSurveyReminderSweep(d) },
  // From the 3rd (China time) the previous month is settled once; (period, dealer) and each ledger cause are unique.
  { name: 'reimbursement settlement', everyMs: 60 * MINUTE, run: (d) => runScheduledSettlement(d) },
  // Complaints marked changed (by a trigger, in the change's transaction) are recounted into the KPI
  // daily aggregates; marks are taken with SKIP LOCKED, sums are additive upserts (docs/kpi.md).
  { name: 'KPI aggregates', everyMs: MINUTE / 2, run: async (d) => ({ recounted: await runKpiRefresh(d) }) },
  // A part over its control limit this or last month becomes a signal, once per (part, month) by a unique row.
  {
    name: 'KPI early warning',
    everyMs: 60 * MINUTE,
    run: async (d) => ({ raised: await runEarlyWarning(d) }),
  },
  // The weekly (Monday 08:00) and monthly (the 1st 08:00) summaries, China time: once per period by a unique row.
  { name: 'KPI reports', everyMs: 15 * MINUTE, run: async (d) => ({ made: await runDueReports(d) }) },
]

/** Starts all background jobs; the returned function stops them and waits for passes in flight. */
export function startBackgroundJobs(deps: ApiDeps, log: Logger, jobs = BACKGROUND_JOBS): () => Promise<void> {
  const stops = jobs.map((job) => startPeriodicJob(job, deps, log))
  return async () => {
    await Promise.all(stops.map((stop) => stop()))
  }
}
