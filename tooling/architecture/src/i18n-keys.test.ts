import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * Every message key a screen asks for exists, in Chinese and in English. A missing key is not an error
 * to vue-i18n: the page shows the raw key ("fees.catalogue.exportCsv") and nothing fails, so this reads
 * the sources instead. Keys written out (`t('a.b')`) must name a message; keys built at run time
 * (`t(\`fees.units.${u}\`)`) must have their fixed part name a group of messages.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const APPS = ['admin', 'customer-portal', 'dealer-portal', 'supplier-portal'] as const
type Tree = { [key: string]: unknown }
type Locale = 'zh' | 'en'

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (name === 'node_modules' || name === 'dist') return []
    if (statSync(path).isDirectory()) return filesUnder(path)
    return /\.(vue|ts)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : []
  })
}

function merge(base: Tree, extra: Tree): Tree {
  const out: Tree = { ...base }
  for (const [k, v] of Object.entries(extra)) {
    const b = out[k]
    out[k] =
      v && typeof v === 'object' && b && typeof b === 'object' ? merge(b as Tree, v as Tree) : (v as unknown)
  }
  return out
}

/** What a dotted path names in a tree: a message (string), a group (object) or nothing. */
function at(tree: Tree, path: string): 'message' | 'group' | null {
  let node: unknown = tree
  for (const part of path.split('.')) {
    if (!node || typeof node !== 'object' || !(part in (node as Tree))) return null
    node = (node as Tree)[part]
  }
  return typeof node === 'string' ? 'message' : node && typeof node === 'object' ? 'group' : null
}

/** Feature messages (`featureMessages('quotes', { 'zh-CN': () => import('./messages').then((m) => m.x) … })`). */
async function featureTrees(appDir: string): Promise<Record<Locale, Tree>> {
  const out: Record<Locale, Tree> = { zh: {}, en: {} }
  const pattern =
    /featureMessages\(\s*'([\w-]+)',\s*\{\s*'zh-CN':\s*\(\)\s*=>\s*import\('([^']+)'\)\.then\(\(m\)\s*=>\s*m\.(\w+)\),\s*en:\s*\(\)\s*=>\s*import\('([^']+)'\)\.then\(\(m\)\s*=>\s*m\.(\w+)\)/g
  for (const file of filesUnder(join(appDir, 'src')).filter((f) => f.endsWith('.ts'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(pattern)) {
      const [, scope, zhFile, zhName, enFile, enName] = m as unknown as string[]
      const zh = (await import(resolve(dirname(file), `${zhFile}.ts`)))[zhName!]
      const en = (await import(resolve(dirname(file), `${enFile}.ts`)))[enName!]
      out.zh = merge(out.zh, { [scope!]: zh })
      out.en = merge(out.en, { [scope!]: en })
    }
  }
  return out
}

async function appTrees(app: string, shared: Record<Locale, Tree>): Promise<Record<Locale, Tree>> {
  const dir = join(root, 'apps', app)
  const zh = (await import(join(dir, 'src/i18n/zh-CN.ts'))).zhCN as Tree
  const en = (await import(join(dir, 'src/i18n/en.ts'))).en as Tree
  const features = await featureTrees(dir)
  return {
    zh: merge(merge(shared.zh, zh), features.zh),
    en: merge(merge(shared.en, en), features.en),
  }
}

/** The keys a file asks for: written out, and the fixed start of those built at run time. */
function keysIn(text: string): { fixed: string[]; prefixes: string[] } {
  const fixed = [...text.matchAll(/(?<![\w.$])\$?t[ec]?\(\s*['"]([A-Za-z][\w-]*(?:\.[\w-]+)*)['"]/g)].map(
    (m) => m[1]!,
  )
  const prefixes = [...text.matchAll(/(?<![\w.$])\$?t[ec]?\(\s*`([A-Za-z][\w.-]*)\$\{/g)]
    // `survey.stars.s${n}`: the group is what comes before the last dot.
    .map((m) => m[1]!.slice(0, Math.max(0, m[1]!.lastIndexOf('.'))))
    .filter((p) => p.length > 0)
  return { fixed, prefixes }
}

function missingIn(files: string[], trees: Record<Locale, Tree>[]): string[] {
  const problems: string[] = []
  for (const file of files) {
    const { fixed, prefixes } = keysIn(readFileSync(file, 'utf8'))
    const where = relative(root, file)
    for (const locale of ['zh', 'en'] as const) {
      for (const key of fixed)
        if (!trees.some((t) => at(t[locale], key) === 'message'))
          problems.push(`${where}: '${key}' has no ${locale} message`)
      for (const prefix of prefixes)
        if (!trees.some((t) => at(t[locale], prefix) === 'group'))
          problems.push(`${where}: \`${prefix}.…\` names no ${locale} group of messages`)
    }
  }
  return [...new Set(problems)].sort()
}

describe('message keys the screens ask for', async () => {
  const words = await import(join(root, 'packages/ui/src/messages.ts'))
  const shared: Record<Locale, Tree> = { zh: words.sharedZh, en: words.sharedEn }
  const trees = Object.fromEntries(
    await Promise.all(APPS.map(async (app) => [app, await appTrees(app, shared)] as const)),
  ) as Record<(typeof APPS)[number], Record<Locale, Tree>>

  it.each(APPS)('%s: every key has a Chinese and an English message', (app) => {
    const files = filesUnder(join(root, 'apps', app, 'src')).filter((f) => !f.includes('/i18n/'))
    expect(files.length).toBeGreaterThan(10)
    expect(missingIn(files, [trees[app]])).toEqual([])
  })

  it('shared components (packages/ui): every key exists in the shared messages or an app using it', () => {
    const files = filesUnder(join(root, 'packages/ui/src')).filter((f) => !f.includes('/i18n/'))
    expect(missingIn(files, [shared, ...Object.values(trees)])).toEqual([])
  })

  it('finds a missing key (the check itself works)', () => {
    const { fixed, prefixes } = keysIn(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text holding template literals
      "t('common.save') $t(`fees.units.${u}`) t(`survey.stars.s${n}`) t('nope.none') format('x.y')",
    )
    expect(fixed).toEqual(['common.save', 'nope.none'])
    expect(prefixes).toEqual(['fees.units', 'survey.stars'])
    expect(at(shared.zh, 'common.save')).toBe('message')
    expect(at(shared.zh, 'common')).toBe('group')
    expect(at(shared.zh, 'nope.none')).toBeNull()
  })
})
