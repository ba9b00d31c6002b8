import type { WorkbenchRepository } from '@asq/domain'
import { sql } from 'drizzle-orm'
import type { Database } from '../client'
import {
  compensations,
  complaints,
  eightdClaims,
  eightdRecoveries,
  eightdSteps,
  kpiSignals,
  reimbursementClaims,
  surveyFollowUps,
  techSupportRequests,
} from '../schema'

const C = complaints
const E = eightdClaims

/** Reads one row of integer counts (and dates) from a single select of scalar subqueries. */
async function one<T>(db: Database, query: ReturnType<typeof sql>): Promise<T> {
  const r = (await db.execute(query)) as unknown as { rows: T[] }
  return r.rows[0]!
}

/**
 * The workbench counts: one round trip of scalar count subqueries, each served by an index
 * (complaints' open-due and station-due indexes, the status indexes of compensations, claims and
 * follow-ups, the open-signal index, the supplier index of 8D claims).
 */
export const workbenchRepository = (db: Database): WorkbenchRepository => ({
  async hq(now, nearBefore) {
    const open = sql`${C.status} <> 'closed' and ${C.nextDueAt} is not null`
    return one(
      db,
      sql`select
        (select count(*)::int from ${C} where ${open} and ${C.nextDueAt} <= ${now}) as "overdueCases",
        (select count(*)::int from ${C} where ${open} and ${C.nextDueAt} > ${now} and ${C.nextDueAt} <= ${nearBefore}) as "nearBreachCases",
        (select count(*)::int from ${compensations} where ${compensations.status} = 'pending_approval') as "approvalsWaiting",
        (select count(*)::int from ${techSupportRequests} where ${techSupportRequests.answeredAt} is null) as "techQuestions",
        (select count(*)::int from ${reimbursementClaims} where ${reimbursementClaims.status} in ('submitted', 'under_audit')) as "claimsToAudit",
        (select count(*)::int from ${eightdSteps} s join ${E} on ${E.id} = s.claim_id
          where ${E.status} = 'open' and s.status in ('submitted', 'resubmitted')) as "stepsToReview",
        (select count(*)::int from ${kpiSignals} where ${kpiSignals.eightdClaimId} is null) as "openSignals"`,
    )
  },
  async station(stationId, now, claimPeriod) {
    const mine = sql`${C.stationId} = ${stationId}`
    return one(
      db,
      sql`select
        (select count(*)::int from ${C} where ${mine} and ${C.status} <> 'closed' and ${C.nextDueAt} <= ${now}) as "overdueCases",
        (select count(*)::int from ${C} where ${mine} and ${C.status} = 'follow_up') as "followUpsDue",
        (select count(*)::int from ${surveyFollowUps} where ${surveyFollowUps.stationId} = ${stationId} and ${surveyFollowUps.status} = 'open') as "surveyTasks",
        (select ${reimbursementClaims.status} from ${reimbursementClaims}
          where ${reimbursementClaims.dealerId} = ${stationId} and ${reimbursementClaims.period} = ${claimPeriod}) as "claimStatus"`,
    )
  },
  async supplier(supplierId, now) {
    const owed = sql`${E.supplierId} = ${supplierId} and ${E.status} = 'open' and ${E.nextDueAt} is not null`
    const r = await one<{
      stepsOwed: number
      stepsOverdue: number
      nextDueAt: string | Date | null
      recoveriesToAnswer: number
    }>(
      db,
      sql`select
        (select count(*)::int from ${E} where ${owed}) as "stepsOwed",
        (select count(*)::int from ${E} where ${owed} and ${E.nextDueAt} <= ${now}) as "stepsOverdue",
        (select min(${E.nextDueAt}) from ${E} where ${owed}) as "nextDueAt",
        (select count(*)::int from ${eightdRecoveries} r join ${E} on ${E.id} = r.claim_id
          where ${E.supplierId} = ${supplierId} and r.status = 'proposed') as "recoveriesToAnswer"`,
    )
    return { ...r, nextDueAt: r.nextDueAt === null ? null : new Date(r.nextDueAt) }
  },
})
