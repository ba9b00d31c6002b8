import { createRepositories, createUnitOfWork, openDatabase } from '@asq/db'
import type { UnitOfWork } from '@asq/domain'
import { runEscalationSweep } from '../routers/complaint/complaint.sweep'
import { runEightdEscalationSweep } from '../routers/eightd/eightd.sweep'
import { runSettlement } from '../routers/reimbursement/reimbursement.settlement'
import { runSurveyDeliverySweep } from '../routers/survey/survey.sweeps'
import { nodeSecurity } from '../security/security'

/**
 * One background job as a process of its own, for the crash tests: the real job on PostgreSQL
 * (CRASH_DATABASE_URL) or a file-backed PGlite (CRASH_DATA_DIR), killed with SIGKILL at any moment.
 * Prints "ready" once the database is open, "commit" after each transaction the job committed, and
 * "done <count>" at the end.
 */
const env = process.env
const h = await openDatabase(
  env.CRASH_DATABASE_URL ? { url: env.CRASH_DATABASE_URL } : { dataDir: env.CRASH_DATA_DIR! },
)
const now = new Date(env.CRASH_NOW!)
const inner = createUnitOfWork(h.db)
const uow: UnitOfWork = {
  async run(work) {
    const r = await inner.run(work)
    process.stdout.write('commit\n')
    return r
  },
}
const deps = { uow, repos: createRepositories(h.db), clock: () => now, security: nodeSecurity }
const jobs: Record<string, () => Promise<number>> = {
  settlement: async () =>
    // One dealer per transaction, as a kill must be able to fall between two commits.
    (await runSettlement(deps, env.CRASH_PERIOD!, now, { trigger: 'manual', actor: null, batchSize: 1 }))
      .settled,
  'complaint escalation sweep': async () => (await runEscalationSweep(deps)).escalated,
  '8D escalation sweep': async () => (await runEightdEscalationSweep(deps, now)).escalated,
  'survey delivery sweep': async () => (await runSurveyDeliverySweep(deps)).delivered,
}
process.stdout.write('ready\n')
const count = await jobs[env.CRASH_JOB!]!()
process.stdout.write(`done ${count}\n`)
await h.close()
