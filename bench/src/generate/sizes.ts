/** How big a network each size generates. `full` is the national network of issue 13. */
export type SizeName = 'full' | 'small' | 'tiny'

/**
 * `complaints` is also the number of customers (one complaint each); of `months` of claims, every month
 * but the last is settled, the last is audited and waits for its settlement run. `surveyAnswers` are
 * the scored answers (five a response: four ratings and an NPS score).
 */
export const SIZES = {
  full: {
    stations: 2000,
    suppliers: 300,
    parts: 50_000,
    complaints: 1_000_000,
    months: 24,
    linesPerMonth: 100_000,
    eightdClaims: 10_000,
    surveyAnswers: 500_000,
  },
  small: {
    stations: 200,
    suppliers: 30,
    parts: 5_000,
    complaints: 100_000,
    months: 12,
    linesPerMonth: 10_000,
    eightdClaims: 1_000,
    surveyAnswers: 50_000,
  },
  tiny: {
    stations: 20,
    suppliers: 5,
    parts: 200,
    complaints: 2_000,
    months: 3,
    linesPerMonth: 400,
    eightdClaims: 40,
    surveyAnswers: 1_000,
  },
} satisfies Record<SizeName, unknown>
export type Size = (typeof SIZES)[SizeName]

export const isSizeName = (s: string): s is SizeName => s in SIZES
