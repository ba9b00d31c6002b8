import { CHINA_OFFSET_MINUTES } from '../sla/sla.calendar'

/** Claim numbers read 8D-<year>-<5-digit sequence>, the year of the opening in China time. */
export const eightdYear = (openedAt: Date) =>
  new Date(openedAt.getTime() + CHINA_OFFSET_MINUTES * 60_000).getUTCFullYear()
export const eightdNumber = (year: number, seq: number) => `8D-${year}-${String(seq).padStart(5, '0')}`
