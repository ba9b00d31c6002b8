import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { compileMessage, parseMessage } from './message-compiler'

const i18nWith = (messages: Record<string, string>) =>
  createI18n({
    legacy: false,
    locale: 'zh-CN',
    messages: { 'zh-CN': messages },
    messageCompiler: compileMessage,
  })

describe('compileMessage', () => {
  it.each([
    ['共 {n} 条', { n: 5 }, '共 5 条'],
    ['{a} → {b}', { a: 'x', b: 'y' }, 'x → y'],
    ['no placeholders', {}, 'no placeholders'],
    ['{ spaced } too', { spaced: 1 }, '1 too'],
    ['', {}, ''],
  ])('%j with %j reads %j', (source, values, expected) => {
    expect(i18nWith({ m: source }).global.t('m', values)).toBe(expected)
  })

  it('fills list placeholders by position', () => {
    expect(i18nWith({ m: '{0} of {1}' }).global.t('m', ['3', '7'])).toBe('3 of 7')
  })

  it('splits a message into text and placeholders', () => {
    expect(parseMessage('第 {n} 页，共 {0}')).toEqual(['第 ', { named: 'n' }, ' 页，共 ', { index: 0 }])
  })
})

/** Every file that holds messages of the four apps or of this package. */
function messageFiles(): string[] {
  const root = fileURLToPath(new URL('../../../..', import.meta.url))
  const out: string[] = []
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name)
      if (e.isDirectory() && e.name !== 'node_modules') walk(path)
      else if (/(^messages[\w.-]*|^(en|zh-CN))\.ts$/.test(e.name) && !e.name.endsWith('.test.ts'))
        out.push(path)
    }
  }
  for (const app of readdirSync(join(root, 'apps'))) walk(join(root, 'apps', app, 'src'))
  walk(join(root, 'packages', 'ui', 'src'))
  return out
}

describe('the messages use only what compileMessage knows', () => {
  const files = messageFiles()
  it('finds the message files of the apps', () => {
    expect(files.some((f) => f.includes('customer-portal'))).toBe(true)
    expect(files.some((f) => f.includes('admin'))).toBe(true)
  })

  it.each(files.map((f) => [f.split('/apps/').pop() ?? f, f]))(
    '%s: no plural, link or stray brace',
    (_n, file) => {
      const text = readFileSync(file, 'utf8')
      const strings = [...text.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)].map(
        (m) => m[1] ?? m[2] ?? '',
      )
      const bad = strings.filter((s) => {
        const rest = s.replace(/\{\s*\w+\s*\}/g, '').replace(/\$\{[^}]*\}/g, '')
        // vue-i18n reads `|` as plural cases and `@:` / `@.` as links; a lone brace would be a syntax error there.
        return /[{}|]|@[:.]/.test(rest)
      })
      expect(bad).toEqual([])
    },
  )
})
