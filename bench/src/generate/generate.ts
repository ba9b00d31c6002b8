import { type DatabaseHandle, rebuildSurveyDaily } from '@asq/db'
import { sql } from 'drizzle-orm'
import { complaintSteps } from './complaints.sql'
import { eightdSteps } from './eightd.sql'
import { networkSteps } from './network.sql'
import type { GenerateContext, Step } from './plan'
import { reimbursementSteps } from './reimbursement.sql'
import { SIZES, type SizeName } from './sizes'
import { sqlRandom } from './sql-random'
import { surveySteps } from './survey.sql'

export type Progress = (p: { step: string; done: number; total: number; elapsedMs: number }) => void

export type GenerateOptions = { size: SizeName; seed: number; asOf: Date; onProgress?: Progress }

/** The first instant of `now`'s month (UTC): the default "as of", so a seed gives the same data all month. */
export const monthStart = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1))

/**
 * Generates the network into a migrated, empty database with set-based SQL only (generate_series and
 * INSERT … SELECT, in chunks that are the progress bar's ticks). Refuses a database that has data.
 */
export async function generateNetwork(h: DatabaseHandle, opts: GenerateOptions) {
  const started = Date.now()
  const run = (s: string) => h.db.execute(sql.raw(s))
  const existing = (await run('select count(*)::int as n from organisations')) as unknown as {
    rows: { n: number }[]
  }
  if ((existing.rows[0]?.n ?? 0) > 0)
    throw new Error('the database already holds organisations: generate into an empty one')
  const ctx: GenerateContext = {
    size: SIZES[opts.size],
    seed: opts.seed,
    rand: sqlRandom(opts.seed),
    asOf: opts.asOf,
  }
  const indexes = await secondaryIndexes(h)
  const steps: Step[] = [
    {
      label: 'secondary indexes dropped',
      rows: indexes.length,
      statements: indexes.map((i) => `drop index "${i.name}"`),
    },
    ...networkSteps(ctx),
    ...complaintSteps(ctx),
    ...reimbursementSteps(ctx),
    ...eightdSteps(ctx),
    ...surveySteps(ctx),
    // Each index built once over the loaded rows: several times faster than keeping it row by row, the
    // trigram GIN indexes of the desk search most of all. The definitions are PostgreSQL's own, read
    // back from the migrated database, so the result is the migrations' schema exactly.
    {
      label: 'secondary indexes built',
      rows: indexes.length,
      statements: indexes.map((i) => i.definition),
    },
  ]
  const total = steps.reduce((n, s) => n + s.rows, 0)
  let done = 0
  for (const step of steps) {
    for (const [i, s] of step.statements.entries()) {
      // Rows are consistent by construction (the test checks every reference), so the bulk load skips
      // the per-row foreign-key triggers: about 40 % of the time on this machine.
      await h.db.transaction(async (tx) => {
        await tx.execute(sql.raw('set local session_replication_role = replica'))
        // Room to sort an index build in memory (the default 64 MB spills the larger ones to disk).
        await tx.execute(sql.raw(`set local maintenance_work_mem = '512MB'`))
        await tx.execute(sql.raw(s))
      })
      const share = Math.round((step.rows * (i + 1)) / step.statements.length)
      opts.onProgress?.({ step: step.label, done: done + share, total, elapsedMs: Date.now() - started })
    }
    done += step.rows
  }
  // VACUUM as well: it sets the visibility map, so index-only scans (the lists' capped counts) read no
  // heap, as they do on a live database once autovacuum has passed over a bulk load.
  await run('vacuum (analyze)')
  // The maintained aggregate the skipped triggers would have kept (after analyze: its join is planned
  // on the loaded tables' statistics): the survey statistics by day.
  await rebuildSurveyDaily(h.db)
  await run('vacuum (analyze) survey_daily')
  return { size: ctx.size, elapsedMs: Date.now() - started }
}

/**
 * The non-unique indexes of the public schema that no constraint owns, with the statement that creates
 * each. Primary keys and unique indexes stay: the load relies on them (ON CONFLICT, look-ups by key).
 */
export async function secondaryIndexes(h: DatabaseHandle): Promise<{ name: string; definition: string }[]> {
  const r = (await h.db.execute(
    sql.raw(`select i.indexname as name, i.indexdef as definition from pg_indexes i
      where i.schemaname = 'public' and i.indexdef not like 'CREATE UNIQUE %'
        and not exists (select 1 from pg_constraint c where c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)
      order by i.tablename, i.indexname`),
  )) as unknown as { rows: { name: string; definition: string }[] }
  return r.rows
}
