import type { RouterOutputs } from '@asq/api-client'

/** A priced repair as the fee engine answers it (HQ's simulator; a station's quote carries the same). */
export type Priced = RouterOutputs['fee']['hq']['simulate']
export type PricedLine = Priced['lines'][number]
