import {
  chinaDate,
  currentPeriod,
  nextPeriod,
  previousPeriod,
  SETTLEMENT_DAY,
  submissionDeadline,
} from '@asq/domain'
import { dealerProcedure, hqProcedure, supplierProcedure } from '../../trpc'
import { deadlineDay } from '../reimbursement/reimbursement.service'

/** The desk's near-breach window, as on the escalation board. */
const NEAR_BREACH_HOURS = 24

/** The date of the next scheduled settlement (the 3rd, China time) and the period it settles. */
function nextSettlement(now: Date) {
  const today = chinaDate(now)
  const month = currentPeriod(now)
  const day = `-${String(SETTLEMENT_DAY).padStart(2, '0')}`
  return Number(today.slice(8, 10)) < SETTLEMENT_DAY
    ? { date: `${month}${day}`, period: previousPeriod(month) }
    : { date: `${nextPeriod(month)}${day}`, period: month }
}

/** What each workbench home counts: one indexed round trip per call, scoped to the caller's organisation. */
export const kpiWorkbenchProcedures = {
  workbench: hqProcedure().query(async ({ ctx }) => {
    const now = ctx.clock()
    const counts = await ctx.repos.workbench.hq(now, new Date(now.getTime() + NEAR_BREACH_HOURS * 3_600_000))
    return { ...counts, nearBreachHours: NEAR_BREACH_HOURS, nextSettlement: nextSettlement(now) }
  }),
  stationWorkbench: dealerProcedure().query(async ({ ctx }) => {
    const now = ctx.clock()
    // The claim submitted this month is last month's repairs.
    const period = previousPeriod(currentPeriod(now))
    const [counts, day] = await Promise.all([
      ctx.repos.workbench.station(ctx.dealerId, now, period),
      deadlineDay(ctx.repos),
    ])
    return { ...counts, claimPeriod: period, claimDeadline: submissionDeadline(period, day) }
  }),
  supplierWorkbench: supplierProcedure().query(({ ctx }) =>
    ctx.repos.workbench.supplier(ctx.supplierId, ctx.clock()),
  ),
}
