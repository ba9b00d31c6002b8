/**
 * What a hostile user types into an otherwise valid form. Each text carries a marker (`hNNNq`) so the
 * test can find where it was stored and check it was stored exactly as given.
 */
export type Replacement = { kind: string; value: unknown; marker: string | null }

export function hostileTexts(marker: string): Replacement[] {
  const t = (kind: string, value: string): Replacement => ({ kind, value, marker })
  return [
    t('nul', `before\u0000after ${marker}`),
    t('100k', `${marker}${'长'.repeat(100_000)}`),
    t('sql', `'); drop table users; -- ${marker} ' or '1'='1`),
    t('html', `<script>alert("${marker}")</script><img src=x onerror=alert(1)>`),
    t('bidi', `\u202E${marker} txt.exe\u202C \u2066x\u2069`),
    t('emoji', `👨‍👩‍👧‍👦🚗💥 ${marker} 𠜎`),
    t('formula', `=HYPERLINK("http://x","${marker}")`),
    t('formula-plus', `+1-2 ${marker}`),
    t('formula-at', `@SUM(A1) ${marker}`),
  ]
}

export const BOUNDARY_NUMBERS: Replacement[] = [
  0,
  -1,
  0.5,
  2 ** 31,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
].map((value) => ({ kind: `number ${value}`, value, marker: null }))

/** Dates that do not exist, for any field holding a date, a month or a moment. */
export const IMPOSSIBLE_DATES: Replacement[] = [
  '2026-02-30',
  '2026-13-01',
  '2026-13',
  '0000-00-00',
  '2026-02-29T25:61:00Z',
].map((value) => ({ kind: `date ${value}`, value, marker: null }))

export type Leaf = { path: (string | number)[]; value: unknown }

/** Every string and number inside a value, with its path. */
export function leaves(v: unknown, path: (string | number)[] = []): Leaf[] {
  if (typeof v === 'string' || typeof v === 'number') return [{ path, value: v }]
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, [...path, i]))
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]))
  return []
}

/**
 * `v` with the value at `path` replaced. A fresh input may lack the path a sample had (a record keyed
 * by ids made anew each time, like an exam's answers per question): the missing part is created, so
 * the hostile value still goes in, under the old key.
 */
export function replaced(v: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value
  const [head, ...rest] = path
  if (Array.isArray(v) || (v == null && typeof head === 'number')) {
    const items = [...((v as unknown[] | null | undefined) ?? [])]
    items[head as number] = replaced(items[head as number], rest, value)
    return items
  }
  const o = (v ?? {}) as Record<string, unknown>
  return { ...o, [head as string]: replaced(o[head as string], rest, value) }
}

export const looksLikeDate = (s: string) => /^\d{4}-\d{2}(-\d{2})?([T ]|$)/.test(s)
