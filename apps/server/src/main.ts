import { serve } from '@hono/node-server'
import { buildApp } from './app'
import { openConfiguredDatabase } from './database'
import { readEnv } from './env'
import { startBackgroundJobs } from './jobs/background-jobs'
import { createSender, startDispatcher } from './jobs/outbox-dispatcher'
import { log } from './logger'
import { prepareDatabase, printDemoLogins } from './startup'

/** Milliseconds since the process started: the startup log lines carry it, so a restart's phases show. */
const startupMs = () => Math.round(performance.now())
const env = readEnv()
log({ msg: 'modules loaded', startupMs: startupMs() })
const handle = await openConfiguredDatabase(env)
log({ msg: 'database open', database: handle.kind, startupMs: startupMs() })
try {
  await prepareDatabase(env, handle, log)
} catch (e) {
  log({ level: 'error', msg: String((e as Error).message) })
  await handle.close()
  process.exit(1)
}
const { app, deps } = buildApp(env, handle, log)
const JOBS_AFTER_MS = 5_000
let stopJobs = async () => {}
let stopDispatcher = async () => {}

const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  log({ msg: 'listening', port: info.port, database: handle.kind, startupMs: startupMs() })
  if (env.SEED_DEMO) printDemoLogins(info.port)
  // The jobs start a few seconds after the server listens: their first pass (on PGlite's one
  // connection, every job at once) must not hold back the first answers after a restart.
  setTimeout(() => {
    if (stopping) return
    stopJobs = startBackgroundJobs(deps, log)
    stopDispatcher = startDispatcher({
      ...deps,
      send: createSender({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, log, logSecrets: deps.devMode }),
      log,
    })
  }, JOBS_AFTER_MS).unref()
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
