/**
 * pnpm bench [--size tiny|small|full] [--seed N] [--url postgres://server] [--seconds S]
 *            [--connections C] [--only a,b] [--skip a,b] [--out FILE] [--database postgres://…/db]
 *            [--kpi-budget SECONDS]
 * Generates the network into a fresh database (a new database on the PostgreSQL server of --url or
 * BENCH_DATABASE_URL, dropped at the end; else an embedded PGlite in a temporary directory), runs
 * every benchmark (each measures its floor in the same run) and writes bench/RESULTS.md. Timings are
 * reported, never asserted. --database measures a database `pnpm bench:data --url` generated before
 * (migrated first, never dropped; --size and --seed then only label it): the full size takes most of
 * an hour to generate, so it is generated once and measured again after each change.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { monthStart } from '../generate/generate'
import { isSizeName } from '../generate/sizes'
import { runBenchmarks } from './runner'

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'small' },
    seed: { type: 'string', default: '1' },
    url: { type: 'string' },
    seconds: { type: 'string' },
    connections: { type: 'string', default: '20' },
    only: { type: 'string' },
    skip: { type: 'string' },
    out: { type: 'string' },
    'as-of': { type: 'string' },
    database: { type: 'string' },
    'kpi-budget': { type: 'string' },
  },
})
const size = values.size ?? 'small'
if (!isSizeName(size)) throw new Error(`--size must be full, small or tiny (got ${size})`)
const list = (s?: string) => (s ? s.split(',').map((x) => x.trim()) : undefined)
const out = values.out ?? fileURLToPath(new URL('../../RESULTS.md', import.meta.url))
const { markdown, rows } = await runBenchmarks({
  size,
  seed: Number(values.seed),
  asOf: values['as-of'] ? new Date(values['as-of']) : monthStart(new Date()),
  serverUrl: values.url ?? process.env.BENCH_DATABASE_URL,
  databaseUrl: values.database,
  kpiBudgetMs: values['kpi-budget'] ? Number(values['kpi-budget']) * 1000 : undefined,
  seconds: Number(values.seconds ?? { tiny: 1, small: 10, full: 15 }[size]),
  connections: Number(values.connections),
  only: list(values.only),
  skip: list(values.skip),
  log: (l) => process.stderr.write(`[bench] ${l}\n`),
  progress: (md) => writeFileSync(out, md),
})
writeFileSync(out, markdown)
process.stderr.write(`[bench] ${rows.length} figures written to ${out}\n`)
