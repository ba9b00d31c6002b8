import { loadavg } from 'node:os'
import { deskList } from '../benchmarks/desk-list'
import { deskSearch } from '../benchmarks/desk-search'
import { embeddedStart } from '../benchmarks/embedded-start'
import { engines } from '../benchmarks/engines'
import { escalationSweep } from '../benchmarks/escalation-sweep'
import { firstScreen } from '../benchmarks/first-screen'
import { kpiDashboard } from '../benchmarks/kpi-dashboard'
import { settlement } from '../benchmarks/settlement'
import { stationList } from '../benchmarks/station-list'
import { surveyAndScorecard } from '../benchmarks/survey-eightd'
import type { SizeName } from '../generate/sizes'
import { BENCH_TOKENS, type BenchContext, prepareDatabase } from './context'
import { secs } from './load'
import { type Row, renderResults } from './results'

/** Every benchmark, in the order they run: reads on the generated data first, then the writers. */
export const BENCHMARKS: Record<string, (ctx: BenchContext) => Promise<Row[]>> = {
  'desk-list': deskList,
  'desk-search': deskSearch,
  'station-list': stationList,
  'survey-eightd': surveyAndScorecard,
  'kpi-dashboard': kpiDashboard,
  'escalation-sweep': escalationSweep,
  settlement,
  'embedded-start': embeddedStart,
  'first-screen': () => firstScreen(),
  engines,
}

export type RunOptions = {
  size: SizeName
  seed: number
  asOf: Date
  /** A PostgreSQL server: the run creates (and drops) a database of its own there. */
  serverUrl?: string
  /** Instead: a database `pnpm bench:data` generated before (PostgreSQL), measured as it is. */
  databaseUrl?: string
  /** How long the KPI refresh after generating may run (default 3 minutes). */
  kpiBudgetMs?: number
  seconds: number
  connections: number
  only?: string[]
  skip?: string[]
  log?: (line: string) => void
  /** Called with RESULTS.md as it stands after each benchmark (a long run leaves what it measured). */
  progress?: (markdown: string) => void
}

/** Generates the network, runs the chosen benchmarks and renders RESULTS.md. */
export async function runBenchmarks(o: RunOptions) {
  const log = o.log ?? (() => {})
  const startedAt = new Date()
  const loadAtStart = loadavg()[0]!
  log(
    o.databaseUrl
      ? `using ${o.databaseUrl} (--size ${o.size} --seed ${o.seed}) …`
      : `generating --size ${o.size} --seed ${o.seed} on ${o.serverUrl ? 'PostgreSQL' : 'PGlite'} …`,
  )
  const db = await prepareDatabase({ ...o, existingUrl: o.databaseUrl })
  log(
    `generated in ${db.generatedMs === null ? 'an earlier run' : secs(db.generatedMs)}; KPI facts rebuilt in ${secs(db.kpiRefreshMs)}`,
  )
  const notes: string[] = [
    `The bulk load skips triggers; the KPI facts of its complaints (those without facts, on a database generated before the run) were rebuilt after it by the refresh job, for at most ${secs(o.kpiBudgetMs ?? 180_000)}: ${secs(db.kpiRefreshMs)}, ${db.kpiLeft.toLocaleString('en-US')} complaints left unrefreshed (the dashboard figures count only the refreshed ones).`,
  ]
  const ctx: BenchContext = {
    size: o.size,
    seed: o.seed,
    asOf: o.asOf,
    kind: o.serverUrl || o.databaseUrl ? 'postgres' : 'pglite',
    connections: o.connections,
    seconds: o.seconds,
    openBase: db.openBase,
    openCopy: db.openCopy,
    cookies: BENCH_TOKENS,
    stationId: db.stationId,
    supplierId: db.supplierId,
    notes,
  }
  const rows: Row[] = []
  const render = () =>
    renderResults(
      {
        size: o.size,
        seed: o.seed,
        database: db.describe,
        generatedMs: db.generatedMs,
        startedAt,
        loadAtStart,
        connections: o.connections,
        seconds: o.seconds,
        rowCounts: db.rowCounts,
      },
      rows,
      notes,
    )
  const names = Object.keys(BENCHMARKS).filter((n) => (!o.only || o.only.includes(n)) && !o.skip?.includes(n))
  try {
    for (const name of names) {
      log(`${name} …`)
      const t = performance.now()
      try {
        rows.push(...(await BENCHMARKS[name]!(ctx)))
      } catch (e) {
        rows.push({
          benchmark: name,
          // fetch's own message ("fetch failed") hides what failed: its cause says (ECONNRESET, …).
          figure: `error: ${[e, (e as Error).cause]
            .filter(Boolean)
            .map((x) => String((x as Error).message ?? x).split('\n')[0])
            .join(': ')}`,
          floor: '—',
          ratio: null,
          goal: '—',
          met: false,
        })
      }
      log(`${name} done in ${secs(performance.now() - t)}`)
      o.progress?.(render())
    }
  } finally {
    // BENCH_KEEP=1 leaves the generated database for a look at the plans (EXPLAIN ANALYZE) afterwards.
    if (process.env.BENCH_KEEP !== '1') await db.dispose()
  }
  return { rows, markdown: render() }
}
