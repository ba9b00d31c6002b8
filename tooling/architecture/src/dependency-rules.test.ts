import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The dependency rules of style.md, checked so they cannot rot: the domain imports only zod (and its
 * own files); apps never import db or api at runtime; api imports no db outside its tests.
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

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map(
    (m) => ({
      typeOnly: Boolean(m[1]),
      spec: m[2]!,
    }),
  )

describe('dependency rules', () => {
  it('the domain imports nothing but zod and itself (tests may use vitest and fast-check; this file may read files)', () => {
    const offenders = sources(join(root, 'packages/domain/src'))
      .filter((f) => !f.endsWith('architecture.test.ts'))
      .flatMap((f) =>
        importsOf(f)
          .filter(({ spec }) => !spec.startsWith('.') && spec !== 'zod')
          .filter(({ spec }) => !(f.endsWith('.test.ts') && ['vitest', 'fast-check'].includes(spec)))
          .map(({ spec }) => `${f}: ${spec}`),
      )
    expect(offenders).toEqual([])
  })

  it('the domain never reads the clock, randomness or the environment', () => {
    const offenders = sources(join(root, 'packages/domain/src'))
      .filter((f) => !f.endsWith('.test.ts'))
      .filter((f) => /Date\.now\(|Math\.random\(|process\.env|new Date\(\)/.test(readFileSync(f, 'utf8')))
    expect(offenders).toEqual([])
  })

  it('the apps import api only as types and never db', () => {
    const offenders = [
      'apps/admin',
      'apps/customer-portal',
      'apps/supplier-portal',
      'apps/dealer-portal',
      'packages/ui',
      'packages/api-client',
    ]
      .flatMap((d) => sources(join(root, d, 'src')))
      .flatMap((f) =>
        importsOf(f)
          .filter(
            ({ spec, typeOnly }) =>
              spec.startsWith('@asq/db') ||
              (spec.startsWith('@asq/api') && spec !== '@asq/api-client' && !typeOnly),
          )
          .map(({ spec }) => `${f}: ${spec}`),
      )
    expect(offenders).toEqual([])
  })

  it('api code outside tests does not import db', () => {
    const offenders = sources(join(root, 'packages/api/src'))
      .filter((f) => !f.endsWith('.test.ts') && !f.includes('/testing/') && !f.includes('/authz-matrix/'))
      .flatMap((f) =>
        importsOf(f)
          .filter(({ spec }) => spec.startsWith('@asq/db'))
          .map(({ spec }) => `${f}: ${spec}`),
      )
    expect(offenders).toEqual([])
  })
})
