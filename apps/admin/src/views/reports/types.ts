import type { RouterOutputs } from '@asq/api-client'

export type ReportRow = RouterOutputs['kpi']['reports']['list']['items'][number]
