import type { RouterOutputs } from '@asq/api-client'
import { chinaDate, parseYuan } from '@asq/domain'

type Hq = RouterOutputs['fee']['hq']

export type CatalogueRow = Hq['catalogue']['items'][number]
export type TermsRow = Hq['terms'][number]
export type StandardRow = Hq['standards']['items'][number]
export type Priced = Hq['simulate']
export type OldPartRow = Hq['oldParts']['items'][number]
export type PartsRequestRow = Hq['partsRequests']['items'][number]
export type DeadlineRow = Hq['returnDeadlines'][number]
export type ImportResult = Hq['importCatalogue']

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
