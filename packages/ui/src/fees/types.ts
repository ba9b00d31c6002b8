import type { ApiClient } from '@asq/api-client'

/** A priced repair as the fee engine answers it (HQ's simulator; a station's quote carries the same). */
export type Priced = Awaited<ReturnType<ApiClient['fee']['hq']['simulate']['query']>>
export type PricedLine = Priced['lines'][number]
