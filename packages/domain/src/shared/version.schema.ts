import { z } from 'zod'

/**
 * A record's version, as the editor last saw it (optimistic concurrency). Stored in a PostgreSQL
 * `integer`, so anything above 2^31 − 1 could never match a stored version: it is refused here, as a
 * typed error on the field, instead of reaching SQL and failing there as "out of range".
 */
export const MAX_VERSION = 2_147_483_647
export const versionNumber = (min: 0 | 1) => z.number().int().min(min).max(MAX_VERSION)
