import { bigint, customType, date, timestamp } from 'drizzle-orm/pg-core'

/** Column kinds every context's tables share, so an instant or an amount is stored one way. */

/** An instant, stored with its time zone (we store UTC). */
export const ts = (name: string) => timestamp(name, { withTimezone: true })
/** A calendar day (YYYY-MM-DD), e.g. a repair date in China's calendar. */
export const day = (name: string) => date(name, { mode: 'string' })
/** Money in integer fen; bigint so sums of a year's claims never overflow. */
export const fen = (name: string) => bigint(name, { mode: 'number' })
/** File content (evidence, attachments), checked and hashed before it is stored. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' })
