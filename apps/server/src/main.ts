import { serve } from '@hono/node-server'
import { buildApp } from './app'
import { openConfiguredDatabase } from './database'
import { readEnv } from './env'
import { startBackgroundJobs } from './jobs/background-jobs'
import { createSender, startDispatcher } from './jobs/outbox-dispatcher'
import { log } from './logger'
import { prepareDatabase, printDemoLogins } from './startup'

const env = readEnv()
const handle = await openConfiguredDatabase(env)
try {
  await prepareDatabase(env, handle, log)
} catch (e) {
  log({ level: 'error', msg: String((e as Error).message) })
  await handle.close()
  process.exit(1)
}
const { app, deps } = buildApp(env, handle, log)
const stopJobs = startBackgroundJobs(deps, log)
const stopDispatcher = startDispatcher({
  ...deps,
  send: createSender({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, log, logSecrets: deps.devMode }),
  log,
})

const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  log({ msg: 'listening', port: info.port, database: handle.kind })
  if (env.SEED_DEMO) printDemoLogins(info.port)
})

// Graceful shutdown: stop taking requests, finish the dispatcher pass, close the database.
let stopping = false
async function shutdown(signal: string) {
  if (stopping) return
  stopping = true
  log({ msg: 'shutting down', signal })
  const force = setTimeout(() => process.exit(1), 10_000)
  force.unref()
  server.close()
  await stopJobs()
  await stopDispatcher()
  await handle.close()
  process.exit(0)
}
process.on('SIGINT', () => void shutdown('SIGINT'))
process.on('SIGTERM', () => void shutdown('SIGTERM'))
