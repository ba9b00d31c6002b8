import { authRouter } from './routers/auth.router'
import { identityRouter } from './routers/identity.router'
import { platformRouter } from './routers/platform.router'
import { createCallerFactory, router } from './trpc'

/** The only place routers are joined; one router per bounded context. */
export const appRouter = router({
  auth: authRouter,
  identity: identityRouter,
  platform: platformRouter,
})

export type AppRouter = typeof appRouter
export const createCaller = createCallerFactory(appRouter)
