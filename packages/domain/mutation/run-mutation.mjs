#!/usr/bin/env node
/**
 * `pnpm mutation [context…] [--check]`: mutation testing of the domain, one bounded context at a time
 * (a shared 2-core machine), each with its own committed incremental file in mutation/incremental/, so
 * a run after a small change re-tests only the mutants and tests that changed. Prints the score per
 * context; with --check it fails when a context falls below its floor in mutation/floor.json.
 * --changed: only the contexts whose sources or covering tests differ from their incremental file.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { contextChanged, scoreOf } from './mutation-report.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const flags = new Set(args.filter((a) => a.startsWith('--')))
const floor = JSON.parse(readFileSync(join(root, 'mutation/floor.json'), 'utf8'))
const all = Object.keys(floor)
const asked = args.filter((a) => !a.startsWith('--'))
for (const c of asked)
  if (!all.includes(c)) throw new Error(`unknown context "${c}"; one of ${all.join(', ')}`)
let contexts = asked.length ? asked : all
// --changed (CI): only contexts already measured (with an incremental file) whose code or tests moved;
// a context never measured is listed, not run from scratch inside CI.
if (flags.has('--changed')) {
  const measured = contexts.filter((c) => existsSync(join(root, 'mutation/incremental', `${c}.json`)))
  const unmeasured = contexts.filter((c) => !measured.includes(c))
  if (unmeasured.length) console.log(`not measured yet (no incremental file): ${unmeasured.join(', ')}`)
  contexts = measured.filter((c) => contextChanged(root, c))
  console.log(`changed since their last run: ${contexts.join(', ') || 'none'}`)
}

const results = []
for (const context of contexts) {
  console.log(`\n== mutation: ${context}`)
  // --force: re-test every mutant (a full run) and rewrite the incremental file, e.g. when a report looks stale.
  const run = spawnSync('pnpm', ['exec', 'stryker', 'run', ...(flags.has('--force') ? ['--force'] : [])], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MUTATION_CONTEXT: context },
  })
  if (run.status !== 0) {
    console.error(`stryker failed on ${context} (exit ${run.status})`)
    process.exit(run.status ?? 1)
  }
}

for (const context of all) {
  const file = join(root, 'mutation/incremental', `${context}.json`)
  if (!existsSync(file)) continue
  const s = scoreOf(JSON.parse(readFileSync(file, 'utf8')))
  results.push({ context, ...s, floor: floor[context], ran: contexts.includes(context) })
}
console.log('\n| context | score | covered | killed | survived | no coverage | ignored (messages) | floor |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const r of results)
  console.log(
    `| ${r.context} | ${r.score.toFixed(2)}% | ${r.covered.toFixed(2)}% | ${r.killed} | ${r.survived} | ${r.noCoverage} | ${r.ignored} | ${r.floor}% |`,
  )
const below = results.filter((r) => r.score < r.floor)
if (flags.has('--check') && below.length) {
  for (const r of below)
    console.error(`mutation score of ${r.context} is ${r.score.toFixed(2)}%, below its floor ${r.floor}%`)
  process.exit(1)
}
