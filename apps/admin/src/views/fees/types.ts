import type { ApiClient } from '@asq/api-client'
import { chinaDate, parseYuan } from '@asq/domain'

type Out<P extends { query: (...args: never[]) => Promise<unknown> }> = Awaited<ReturnType<P['query']>>
type Hq = ApiClient['fee']['hq']

export type CatalogueRow = Out<Hq['catalogue']>['items'][number]
export type TermsRow = Out<Hq['terms']>[number]
export type StandardRow = Out<Hq['standards']>['items'][number]
export type Impact = Out<Hq['standardImpact']>
export type Priced = Out<Hq['simulate']>
export type PricedLine = Priced['lines'][number]
export type OldPartRow = Out<Hq['oldParts']>['items'][number]
export type PartsRequestRow = Out<Hq['partsRequests']>['items'][number]
export type DeadlineRow = Out<Hq['returnDeadlines']>[number]
export type ImportResult = Awaited<ReturnType<Hq['importCatalogue']['mutate']>>

export const feeKeys = {
  all: ['fee', 'hq'] as const,
  productLines: ['fee', 'productLines'] as const,
  catalogue: ['fee', 'hq', 'catalogue'] as const,
  terms: ['fee', 'hq', 'terms'] as const,
  standards: ['fee', 'hq', 'standards'] as const,
  impact: (id: string) => ['fee', 'hq', 'standards', 'impact', id] as const,
  oldParts: ['fee', 'hq', 'oldParts'] as const,
  partsRequests: ['fee', 'hq', 'partsRequests'] as const,
  deadlines: ['fee', 'hq', 'deadlines'] as const,
}

/** Who reads the fee screens, who changes the rules, who works the parts desk (as the API says). */
export const READER_ROLES = ['hq_admin', 'hq_service', 'hq_quality', 'hq_finance'] as const
export const EDITOR_ROLES = ['hq_admin', 'hq_service'] as const
export const DESK_ROLES = ['hq_admin', 'hq_service', 'hq_finance'] as const

/** Yuan typed in a number box → integer fen, rounded half-up to the fen explicitly (via its 2-place text). */
export const fenOf = (yuan: number | null | undefined): number | null =>
  yuan === null || yuan === undefined || Number.isNaN(yuan) ? null : (parseYuan(yuan.toFixed(2)) ?? null)
export const yuanOf = (fen: number | null | undefined) =>
  fen === null || fen === undefined ? undefined : fen / 100

/** Today as YYYY-MM-DD in China, the business's (and the server's) calendar day. */
export const todayIso = () => chinaDate(new Date())
