import type { Size } from './sizes'
import type { Rand } from './sql-random'

/** One step of the generator: a label for the progress bar and its statements, run in order. */
export type Step = { label: string; rows: number; statements: string[] }

export type GenerateContext = { size: Size; seed: number; rand: Rand; asOf: Date }

/** Splits 1..n into ranges of at most `chunk` (the unit of progress and of one statement's work). */
export function chunks(n: number, chunk: number): [number, number][] {
  const out: [number, number][] = []
  for (let a = 1; a <= n; a += chunk) out.push([a, Math.min(n, a + chunk - 1)])
  return out
}

export const iso = (d: Date) => `'${d.toISOString()}'::timestamptz`

/** The `months` periods (YYYY-MM) before `asOf`'s month, oldest first. */
export function periodsBefore(asOf: Date, months: number): string[] {
  const out: string[] = []
  for (let i = months; i >= 1; i--) {
    const d = new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth() - i, 1))
    out.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`)
  }
  return out
}
