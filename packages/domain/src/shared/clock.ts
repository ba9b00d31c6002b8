/** The domain never reads the wall clock: callers pass `now` in, so rules are repeatable in tests. */
export type Clock = () => Date

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

/** An instant as China's local wall time, `YYYY-MM-DD HH:mm` (UTC+8, no daylight saving), for print. */
export const chinaDateTime = (at: Date): string =>
  new Date(at.getTime() + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' ')
