import { chinaYear } from '../shared/china-time'

/** Claim numbers read 8D-<year>-<5-digit sequence>, the year of the opening in China time. */
export const eightdYear = (openedAt: Date) => chinaYear(openedAt)
export const eightdNumber = (year: number, seq: number) => `8D-${year}-${String(seq).padStart(5, '0')}`
