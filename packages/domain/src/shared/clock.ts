/** The domain never reads the wall clock: callers pass `now` in, so rules are repeatable in tests. */
export type Clock = () => Date

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR
