import type { z } from 'zod'
import { DomainError } from '../shared/errors'

/**
 * Helpers for the improvement context's edge-case tables (`*.cases.test.ts`). Written without the test
 * framework so that the domain package imports nothing but zod, even in its test helpers.
 */

/** The paths a schema refuses an input on, joined with dots ('' for the root); [] when it accepts it. */
export function refusedPaths(schema: z.ZodType, input: unknown): string[] {
  const r = schema.safeParse(input)
  return r.success ? [] : [...new Set(r.error.issues.map((i) => i.path.join('.')))]
}

/** A refusal as the API sees it: `KIND CODE field`; 'no error' when `f` returns. */
export function refusal(f: () => unknown): string {
  try {
    f()
  } catch (e) {
    if (e instanceof DomainError) return `${e.kind} ${e.code} ${e.field}`
    throw e
  }
  return 'no error'
}

/** The same for an error value (a factory's result). */
export const described = (e: DomainError) => `${e.kind} ${e.code} ${e.field}`

export const UUID = '0b9b7a5e-3f5c-4d2a-9c1e-2f4a6b8c0d1e'
export const UUID2 = '1c8a6b4d-2e4b-4c3a-8b2d-3e5b7c9d1f2a'
export const chars = (n: number) => 'x'.repeat(n)
