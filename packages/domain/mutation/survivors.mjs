#!/usr/bin/env node
/** `node mutation/survivors.mjs <context>`: the surviving and uncovered mutants of a context, by file and line. */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const context = process.argv[2]
const report = JSON.parse(readFileSync(join(root, 'mutation/incremental', `${context}.json`), 'utf8'))
for (const [file, f] of Object.entries(report.files)) {
  const lines = f.source.split('\n')
  for (const m of f.mutants.filter((x) => x.status === 'Survived' || x.status === 'NoCoverage')) {
    const l = m.location.start.line
    console.log(
      `${file}:${l} ${m.status} ${m.mutatorName} ${m.replacement ?? ''} | ${lines[l - 1]?.trim().slice(0, 100)}`,
    )
  }
}
