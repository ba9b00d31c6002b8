/**
 * pnpm bench:data --size full|small|tiny --seed N [--url postgres://…] [--data-dir DIR] [--as-of ISO]
 * Generates the national network into an empty database: PostgreSQL when --url (or BENCH_DATABASE_URL)
 * is given, else an embedded PGlite under bench/.data/<size>-<seed>. Migrations run first.
 */
import { parseArgs } from 'node:util'
import { openDatabase } from '@asq/db'
import { generateNetwork, monthStart } from '../generate/generate'
import { isSizeName } from '../generate/sizes'
import { progressBar } from './progress-bar'

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'tiny' },
    seed: { type: 'string', default: '1' },
    url: { type: 'string' },
    'data-dir': { type: 'string' },
    'as-of': { type: 'string' },
  },
})
const size = values.size ?? 'tiny'
if (!isSizeName(size)) throw new Error(`--size must be full, small or tiny (got ${size})`)
const seed = Number(values.seed)
if (!Number.isInteger(seed)) throw new Error('--seed must be an integer')
const url = values.url ?? process.env.BENCH_DATABASE_URL
const h = await openDatabase(url ? { url } : { dataDir: values['data-dir'] ?? `.data/${size}-${seed}` })
await h.migrate()
const asOf = values['as-of'] ? new Date(values['as-of']) : monthStart(new Date())
const r = await generateNetwork(h, { size, seed, asOf, onProgress: progressBar() })
await h.close()
process.stderr.write(
  `\ngenerated ${size} (seed ${seed}, as of ${asOf.toISOString()}) in ${(r.elapsedMs / 1000).toFixed(1)} s\n`,
)
