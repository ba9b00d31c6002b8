import type { ApiClient } from '@asq/api-client'
import { chinaDate, parseYuan } from '@asq/domain'

type Out<P extends { query: (...args: never[]) => Promise<unknown> }> = Awaited<ReturnType<P['query']>>
type Station = ApiClient['fee']['station']

export type StandardRow = Out<Station['standards']>['items'][number]
export type QuoteRow = Out<Station['quotes']>['items'][number]
export type Quote = Out<Station['quoteDetail']>
export type Priced = Quote['priced']
export type PricedLine = Priced['lines'][number]
export type OldPartRow = Out<Station['oldParts']>['items'][number]
export type PartsRequestRow = Out<Station['partsRequests']>['items'][number]

export const feeKeys = {
  all: ['fee', 'station'] as const,
  productLines: ['fee', 'productLines'] as const,
  standards: ['fee', 'station', 'standards'] as const,
  quotes: ['fee', 'station', 'quotes'] as const,
  quote: (id: string) => ['fee', 'station', 'quotes', id] as const,
  oldParts: ['fee', 'station', 'oldParts'] as const,
  partsRequests: ['fee', 'station', 'partsRequests'] as const,
  stock: ['fee', 'station', 'stock'] as const,
}

/** Only the station manager proposes the station's fee standard (as the API says). */
export const MANAGER_ROLES = ['dealer_manager'] as const

/** Yuan typed in a number box → integer fen, rounded half-up to the fen explicitly (via its 2-place text). */
export const fenOf = (yuan: number | null | undefined): number | null =>
  yuan === null || yuan === undefined || Number.isNaN(yuan) ? null : (parseYuan(yuan.toFixed(2)) ?? null)

/** Today as YYYY-MM-DD in China, the business's (and the server's) calendar day. */
export const todayIso = () => chinaDate(new Date())
