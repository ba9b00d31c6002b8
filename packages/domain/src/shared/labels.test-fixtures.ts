type Bilingual = { zh: string; en: string }

const HAN = /\p{Script=Han}/u
const LATIN_TEXT = /^[A-Za-z0-9][A-Za-z0-9 ,.'&()/+-]*$/

/**
 * What the UI needs from a label table: every value of the enum has a label, and no more; the Chinese
 * label is Chinese text, the English one Latin text, and no two values read alike in either language
 * (a user could not tell them apart). Returns each problem found, in words.
 */
function bilingualLabelProblems<K extends string>(
  values: readonly K[],
  labels: Readonly<Record<K, Bilingual>>,
): string[] {
  const problems: string[] = []
  const keys = Object.keys(labels).sort()
  const wanted = [...values].sort()
  if (keys.join('|') !== wanted.join('|')) problems.push(`labels for [${keys}] but values [${wanted}]`)
  for (const v of values) {
    const label = labels[v]
    if (!label) {
      problems.push(`${v}: no label`)
      continue
    }
    if (!label.zh.trim()) problems.push(`${v}.zh is empty`)
    else if (!HAN.test(label.zh)) problems.push(`${v}.zh is not Chinese: "${label.zh}"`)
    if (!label.en.trim()) problems.push(`${v}.en is empty`)
    else if (!LATIN_TEXT.test(label.en)) problems.push(`${v}.en is not English: "${label.en}"`)
  }
  const present = values.filter((v) => labels[v])
  if (new Set(present.map((v) => labels[v].zh)).size !== present.length)
    problems.push('Chinese labels repeat')
  if (new Set(present.map((v) => labels[v].en.toLowerCase())).size !== present.length)
    problems.push('English labels repeat')
  return problems
}

/**
 * Fails the calling test with every problem listed. Written without the test framework so that the
 * domain package imports nothing but zod, even in its test helpers.
 */
export function expectBilingualLabels<K extends string>(
  values: readonly K[],
  labels: Readonly<Record<K, Bilingual>>,
): void {
  const problems = bilingualLabelProblems(values, labels)
  if (problems.length) throw new Error(`bilingual labels:\n${problems.join('\n')}`)
}
