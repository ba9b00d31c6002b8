import { authRouter } from './routers/auth.router'
import { complaintRouter } from './routers/complaint/complaint.router'
import { eightdRouter } from './routers/eightd/eightd.router'
import { feeRouter } from './routers/fee/fee.router'
import { identityRouter } from './routers/identity.router'
import { improvementRouter } from './routers/improvement/improvement.router'
import { kpiRouter } from './routers/kpi/kpi.router'
import { notificationRouter } from './routers/notification/notification.router'
import { platformRouter } from './routers/platform.router'
import { reimbursementRouter } from './routers/reimbursement/reimbursement.router'
import { slaRouter } from './routers/sla.router'
import { surveyRouter } from './routers/survey/survey.router'
import { createCallerFactory, router } from './trpc'

/** The only place routers are joined; one router per bounded context. */
export const appRouter = router({
  auth: authRouter,
  complaint: complaintRouter,
  fee: feeRouter,
  eightd: eightdRouter,
  identity: identityRouter,
  improvement: improvementRouter,
  kpi: kpiRouter,
  notification: notificationRouter,
  platform: platformRouter,
  reimbursement: reimbursementRouter,
  sla: slaRouter,
  survey: surveyRouter,
})

export type AppRouter = typeof appRouter
export const createCaller = createCallerFactory(appRouter)
