/** Reading Stryker's JSON reports (mutation-testing-report-schema): scores and "did this context change". */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

const DETECTED = new Set(['Killed', 'Timeout'])
const UNDETECTED = new Set(['Survived', 'NoCoverage'])

/** Stryker's own definition: detected / (detected + undetected); ignored and errors are outside. */
export function scoreOf(report) {
  const n = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 }
  for (const file of Object.values(report.files)) {
    for (const m of file.mutants) {
      if (m.status === 'Killed') n.killed++
      else if (m.status === 'Timeout') n.timeout++
      else if (m.status === 'Survived') n.survived++
      else if (m.status === 'NoCoverage') n.noCoverage++
      else if (m.status === 'Ignored') n.ignored++
      else n.errors++
    }
  }
  const detected = n.killed + n.timeout
  const valid = detected + n.survived + n.noCoverage
  return {
    ...n,
    score: valid ? (100 * detected) / valid : 100,
    covered: detected + n.survived ? (100 * detected) / (detected + n.survived) : 100,
  }
}
export const isCounted = (status) => DETECTED.has(status) || UNDETECTED.has(status)

const hash = (text) => createHash('sha256').update(text).digest('hex')

/**
 * A context needs a new run when any source it mutates or any test file that covered its mutants
 * differs from the text recorded in its incremental file (or a file appeared/disappeared).
 */
export function contextChanged(root, context) {
  const file = join(root, 'mutation/incremental', `${context}.json`)
  if (!existsSync(file)) return true
  const report = JSON.parse(readFileSync(file, 'utf8'))
  const recorded = [...Object.entries(report.files), ...Object.entries(report.testFiles ?? {})]
  for (const [path, f] of recorded) {
    const abs = join(root, path)
    if (!existsSync(abs) || hash(readFileSync(abs, 'utf8')) !== hash(f.source ?? '')) return true
  }
  // A source missing from the report is new, unless it has no code to mutate (types and interfaces
  // only, like *.ports.ts): Stryker records no file without mutants, so those would always look new.
  return currentSources(root, context).some((p) => !(p in report.files) && hasCode(join(root, p)))
}

/** Whether a module keeps any JavaScript once its types are erased. */
function hasCode(path) {
  const js = ts.transpileModule(readFileSync(path, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText
  return (
    js
      .replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')
      .replace(/export\s*\{\s*\};?/g, '')
      .trim() !== ''
  )
}

function currentSources(root, context) {
  const dir = join(root, 'src', context)
  return readdirSync(dir)
    .filter(
      (f) =>
        f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.test-fixtures.ts') && f !== 'index.ts',
    )
    .map((f) => `src/${context}/${f}`)
}
