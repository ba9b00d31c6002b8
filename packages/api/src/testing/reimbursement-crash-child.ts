import { createRepositories, createUnitOfWork, openDatabase } from '@asq/db'
import { runSettlement } from '../routers/reimbursement/reimbursement.settlement'

/**
 * The settlement as a process of its own, for the crash test: it runs the real `runSettlement` on
 * PostgreSQL and may be killed (SIGKILL) at any moment. Prints "ready" once connected, "done" at the end.
 */
const url = process.env.SETTLE_DATABASE_URL!
const period = process.env.SETTLE_PERIOD!
const now = new Date(process.env.SETTLE_NOW!)
const h = await openDatabase({ url })
process.stdout.write('ready\n')
const r = await runSettlement(
  { uow: createUnitOfWork(h.db), repos: createRepositories(h.db), clock: () => now },
  period,
  now,
  // One dealer per transaction, as a kill must be able to fall between two commits.
  { trigger: 'manual', actor: null, batchSize: 1 },
)
process.stdout.write(`done ${r.settled}\n`)
await h.close()
