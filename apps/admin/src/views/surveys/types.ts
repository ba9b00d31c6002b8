import type { RouterOutputs } from '@asq/api-client'

export type Results = RouterOutputs['survey']['hq']['results']
export type Summary = Results['summary']
export type TemplateRow = RouterOutputs['survey']['hq']['templates'][number]
export type CampaignRow = RouterOutputs['survey']['hq']['campaigns']['items'][number]

/** Who may change templates and send campaigns; quality reads only. */
export const BUILDER_ROLES = ['hq_admin', 'hq_service'] as const
