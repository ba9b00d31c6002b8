import { createRepositories, createUnitOfWork, openDatabase } from '@asq/db'
import { runEscalationSweep } from '../routers/complaint/complaint.sweep'

/**
 * The complaint escalation sweep as a process of its own, for the crash test: the real sweep (one
 * transaction per complaint) on PostgreSQL, killed with SIGKILL at any moment. Prints "ready" once
 * connected, "done" at the end.
 */
const h = await openDatabase({ url: process.env.SWEEP_DATABASE_URL! })
const now = new Date(process.env.SWEEP_NOW!)
process.stdout.write('ready\n')
const r = await runEscalationSweep({
  uow: createUnitOfWork(h.db),
  repos: createRepositories(h.db),
  clock: () => now,
})
process.stdout.write(`done ${r.escalated}\n`)
await h.close()
