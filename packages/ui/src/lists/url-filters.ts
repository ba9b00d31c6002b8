import type { LocationQuery, LocationQueryRaw } from 'vue-router'

/** What a list filter may hold: text, a number, a switch, or nothing chosen. */
export type FilterValue = string | number | boolean | undefined
export type Filters = Record<string, FilterValue>

const first = (v: LocationQuery[string] | undefined) => (Array.isArray(v) ? v[0] : v) ?? undefined

/**
 * Reads a list's filters from the URL query: each filter keeps its default's type (a number stays a
 * number, a switch reads "1"), a missing or unreadable value falls back to the default.
 */
export function filtersFromQuery<F extends Filters>(defaults: F, query: LocationQuery): F {
  const out: Filters = { ...defaults }
  for (const [name, fallback] of Object.entries(defaults)) {
    const raw = first(query[name])
    if (raw === undefined || raw === null) continue
    // An empty value clears a filter whose default is a choice ("all" instead of the default status).
    if (raw === '') {
      if (typeof fallback === 'string' && fallback !== '') out[name] = undefined
      continue
    }
    if (typeof fallback === 'boolean') out[name] = raw === '1' || raw === 'true'
    else if (typeof fallback === 'number') {
      const n = Number(raw)
      out[name] = Number.isFinite(n) ? n : fallback
    } else out[name] = raw
  }
  return out as F
}

/** The URL query for a list's filters: only what differs from the defaults, so a plain list has a plain URL. */
export function queryFromFilters<F extends Filters>(defaults: F, filters: F): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of Object.keys(defaults)) {
    // A cleared picker or select (Element Plus sets null) is "nothing chosen", like undefined.
    const v = filters[name] ?? undefined
    if (v === defaults[name]) continue
    if (v === undefined || v === '') {
      if (typeof defaults[name] === 'string' && defaults[name] !== '') out[name] = ''
      continue
    }
    out[name] = typeof v === 'boolean' ? (v ? '1' : '0') : String(v)
  }
  return out
}

/** The route's query with this list's filters replaced, other parameters (a tab, a drawer) kept. */
export function mergeQuery<F extends Filters>(
  defaults: F,
  current: LocationQuery,
  filters: F,
): LocationQueryRaw {
  const kept = Object.fromEntries(Object.entries(current).filter(([k]) => !(k in defaults)))
  return { ...kept, ...queryFromFilters(defaults, filters) }
}

/** The filters as a procedure takes them: no empty text, an unticked switch left out. */
export function criteriaOf<F extends Filters>(
  filters: F,
): { [K in keyof F]: Exclude<F[K], false | ''> | undefined } {
  const out: Filters = {}
  for (const [k, v] of Object.entries(filters)) out[k] = v === '' || v === false || v === null ? undefined : v
  return out as { [K in keyof F]: Exclude<F[K], false | ''> | undefined }
}
