import type { RouterOutputs } from '@asq/api-client'
import { chinaDate, parseYuan } from '@asq/domain'

type Station = RouterOutputs['fee']['station']

export type OldPartRow = Station['oldParts']['items'][number]
export type PartsRequestRow = Station['partsRequests']['items'][number]

/** Only the station manager proposes the station's fee standard (as the API says). */
export const MANAGER_ROLES = ['dealer_manager'] as const

/** Yuan typed in a number box → integer fen, rounded half-up to the fen explicitly (via its 2-place text). */
export const fenOf = (yuan: number | null | undefined): number | null =>
  yuan === null || yuan === undefined || Number.isNaN(yuan) ? null : (parseYuan(yuan.toFixed(2)) ?? null)

/** Today as YYYY-MM-DD in China, the business's (and the server's) calendar day. */
export const todayIso = () => chinaDate(new Date())
