import { expect } from 'vitest'

type Bilingual = { zh: string; en: string }

const HAN = /\p{Script=Han}/u
const LATIN_TEXT = /^[A-Za-z0-9][A-Za-z0-9 ,.'&()/+-]*$/

/**
 * What the UI needs from a label table: every value of the enum has a label, and no more; the Chinese
 * label is Chinese text, the English one Latin text, and no two values read alike in either language
 * (a user could not tell them apart).
 */
export function expectBilingualLabels<K extends string>(
  values: readonly K[],
  labels: Readonly<Record<K, Bilingual>>,
): void {
  expect(Object.keys(labels).sort()).toEqual([...values].sort())
  for (const v of values) {
    const label = labels[v]
    expect(label, v).toBeDefined()
    expect(label.zh.trim(), `${v}.zh`).not.toBe('')
    expect(label.zh, `${v}.zh is Chinese`).toMatch(HAN)
    expect(label.en.trim(), `${v}.en`).not.toBe('')
    expect(label.en, `${v}.en is English`).toMatch(LATIN_TEXT)
  }
  const zh = values.map((v) => labels[v].zh)
  const en = values.map((v) => labels[v].en.toLowerCase())
  expect(new Set(zh).size, 'distinct Chinese labels').toBe(values.length)
  expect(new Set(en).size, 'distinct English labels').toBe(values.length)
}
