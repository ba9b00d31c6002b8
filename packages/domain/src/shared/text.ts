/**
 * Where in an input a NUL character (U+0000) hides, as a dotted path ("story.what", "lines.2.note"),
 * or null when there is none. PostgreSQL text cannot hold NUL, so such input is refused up front as
 * bad input naming the field, instead of failing deep inside a write.
 */
export function nulBytePath(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') || '(input)' : null
  if (value === null || typeof value !== 'object' || depth > 32) return null
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value)
  for (const [k, v] of entries) {
    if (k.includes('\u0000')) return [...path, k.replaceAll('\u0000', '\\0')].join('.')
    const found = nulBytePath(v, [...path, k], depth + 1)
    if (found !== null) return found
  }
  return null
}
