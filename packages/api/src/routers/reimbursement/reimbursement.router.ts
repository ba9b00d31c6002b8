import { router } from '../../trpc'
import { reimbursementDealerRouter } from './reimbursement.dealer'
import { reimbursementHqRouter } from './reimbursement.hq'

/**
 * The dealer monthly in-warranty parts reimbursement (保修期内配件费用报销): stations build and submit
 * the month's claim; HQ audits line by line, settles on the 3rd into each dealer's double-entry
 * account, and issues statements.
 */
export const reimbursementRouter = router({
  dealer: reimbursementDealerRouter,
  hq: reimbursementHqRouter,
})
