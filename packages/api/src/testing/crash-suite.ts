import { beforeAll, expect, it } from 'vitest'
import { bundleJobChild, killRepeatedly, runToEnd, startCrashChild } from './crash-child'
import {
  type CrashDatabase,
  crashTwins,
  duplicatesAndMisses,
  effectKeys,
  tableCounts,
} from './crash-databases'
import {
  type CrashScenario,
  complaintSweepScenario,
  eightdSweepScenario,
  settlementScenario,
  surveyDeliveryScenario,
} from './crash-scenarios'

const CRASH_KILLS = 20

/**
 * Large enough that the 20 kills (the last after the 10th commit of its child, 55 commits in all)
 * fall before the job's end; smaller on PGlite, where every piece of data is built more slowly.
 */
const crashScenarios = (kind: 'pglite' | 'postgres'): CrashScenario[] =>
  kind === 'postgres'
    ? [
        settlementScenario(100),
        complaintSweepScenario(200),
        eightdSweepScenario(150),
        surveyDeliveryScenario(150),
      ]
    : [
        settlementScenario(80),
        complaintSweepScenario(120),
        eightdSweepScenario(100),
        surveyDeliveryScenario(100),
      ]

/**
 * The crash-consistency suite on one kind of database: each job runs in a child process killed with
 * SIGKILL at `CRASH_KILLS` random moments, then runs to its end; the same data, copied before, is
 * worked on once without a kill. Afterwards the job's effects (ledger entries, settlements,
 * escalations, levels, invitations, links, messages, audit events) are compared row by row: rows the
 * crashed database holds twice are duplicates, rows it lacks are misses; every table's row count must
 * match too, and one more run must find nothing left to do.
 */
export function crashConsistencySuite(kind: 'pglite' | 'postgres') {
  const label = kind === 'pglite' ? 'PGlite (file-backed)' : 'PostgreSQL'
  let bundle: string
  beforeAll(async () => {
    bundle = await bundleJobChild()
  })

  it.each(crashScenarios(kind))(
    `$job: ${CRASH_KILLS} SIGKILLs, rerun: no duplicates, no misses`,
    async (s) => {
      const [crashed, reference] = await crashTwins(kind, s.build)
      const start = (db: CrashDatabase) => () =>
        startCrashChild(bundle, { CRASH_JOB: s.job, ...s.env, ...db.childEnv })
      try {
        const committed = await killRepeatedly(start(crashed), CRASH_KILLS)
        const rest = await runToEnd(start(crashed))
        const again = await runToEnd(start(crashed))
        const whole = await runToEnd(start(reference))
        const read = async (db: CrashDatabase) => {
          const h = await db.open()
          try {
            return { counts: await tableCounts(h), effects: await effectKeys(h, s.effects) }
          } finally {
            await h.close()
          }
        }
        const a = await read(crashed)
        const b = await read(reference)
        const { duplicates, misses } = duplicatesAndMisses(a.effects, b.effects)
        const differing = Object.keys(b.counts).filter((t) => a.counts[t] !== b.counts[t])
        console.log(
          `[figure] crash consistency, ${s.job} on ${label}: killed ${committed.length} times (transactions committed at each kill: ${committed.join(' ')}), rerun: duplicates ${duplicates}, misses ${misses} (${b.effects.length} effect rows compared; ${whole} done by an uninterrupted run, ${rest} left for the rerun); tables whose row count differs: ${differing.length}${differing.map((t) => ` ${t} ${a.counts[t]} vs ${b.counts[t]}`).join(',')}`,
        )
        expect(committed.length).toBe(CRASH_KILLS)
        // The kills fell in the middle of the work: some of it was committed, some left for the rerun.
        expect(committed.at(-1)!).toBeGreaterThan(0)
        expect(rest).toBeGreaterThan(0)
        expect(again).toBe(0)
        expect({ duplicates, misses }).toEqual({ duplicates: 0, misses: 0 })
        expect(differing).toEqual([])
      } finally {
        await crashed.drop()
        await reference.drop()
      }
    },
    1_200_000,
  )
}
