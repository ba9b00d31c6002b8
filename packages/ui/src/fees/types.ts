import type { RouterOutputs } from '@asq/api-client'

/** A priced repair as the fee engine answers it (HQ's simulator; a station's quote carries the same). */
export type Priced = RouterOutputs['fee']['hq']['simulate']
export type PricedLine = Priced['lines'][number]

/** A station's parts request and an old-part registration: one shape for HQ's desk and the station's own list. */
export type PartsRequestRow = RouterOutputs['fee']['hq']['partsRequests']['items'][number]
export type OldPartRow = RouterOutputs['fee']['hq']['oldParts']['items'][number]
