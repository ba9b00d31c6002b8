import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The dependency rules of style.md, checked so they cannot rot: the domain imports only zod (and its
 * own files) and meets other contexts through their index.ts; apps and ui never import db, and api
 * only as types; ui uses api-client types only; api imports no db outside its tests.
 */
const root = join(import.meta.dirname, '../../..')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    if (name === 'node_modules' || name === 'dist') return []
    if (statSync(p).isDirectory()) return sources(p)
    return /\.(ts|vue)$/.test(name) ? [p] : []
  })
}

/**
 * Every import form (static, `export … from`, dynamic `import()`, type-only) is read by dependency-cruiser
 * against the rules in /.dependency-cruiser.cjs. Violations that predate the rules are listed in
 * /.dependency-cruiser-known.json: none may be added, and a fixed one must leave the list (so it shrinks).
 */
type Violation = { from: string; to: string; rule: { name: string } }
function cruise(): string[] {
  const bin = join(root, 'tooling/architecture/node_modules/.bin/depcruise')
  const run = spawnSync(
    bin,
    ['--config', '.dependency-cruiser.cjs', '--output-type', 'json', 'packages', 'apps'],
    { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 },
  )
  if (run.error) throw run.error
  const { summary } = JSON.parse(run.stdout) as { summary: { violations: Violation[] } }
  return summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort()
}
const KNOWN_FILE = join(root, '.dependency-cruiser-known.json')

describe('dependency rules', () => {
  it('no import breaks the rules of style.md beyond the shrinking list of known ones', {
    timeout: 600_000,
  }, () => {
    const found = cruise()
    if (process.env.UPDATE_KNOWN_VIOLATIONS) writeFileSync(KNOWN_FILE, `${JSON.stringify(found, null, 2)}\n`)
    const known = JSON.parse(readFileSync(KNOWN_FILE, 'utf8')) as string[]
    expect(
      found.filter((v) => !known.includes(v)),
      'new violations',
    ).toEqual([])
    expect(
      known.filter((v) => !found.includes(v)),
      'fixed: remove them from the known list',
    ).toEqual([])
  })

  it('the domain never reads the clock, randomness or the environment', () => {
    const offenders = sources(join(root, 'packages/domain/src'))
      .filter((f) => !f.endsWith('.test.ts'))
      .filter((f) => /Date\.now\(|Math\.random\(|process\.env|new Date\(\)/.test(readFileSync(f, 'utf8')))
    expect(offenders).toEqual([])
  })
})
