import type { ApiClient } from '@asq/api-client'

type Out<P extends { query: (...args: never[]) => Promise<unknown> }> = Awaited<ReturnType<P['query']>>

export type Results = Out<ApiClient['survey']['hq']['results']>
export type Summary = Results['summary']
export type CommentRow = Out<ApiClient['survey']['hq']['comments']>['items'][number]
export type TemplateRow = Out<ApiClient['survey']['hq']['templates']>[number]
export type CampaignRow = Out<ApiClient['survey']['hq']['campaigns']>['items'][number]
export type Policy = Out<ApiClient['survey']['hq']['policy']>

export const surveyKeys = {
  all: ['survey', 'hq'] as const,
  results: ['survey', 'hq', 'results'] as const,
  comments: ['survey', 'hq', 'comments'] as const,
  templates: ['survey', 'hq', 'templates'] as const,
  template: (id: string, version?: number) => ['survey', 'hq', 'template', id, version ?? 'current'] as const,
  campaigns: ['survey', 'hq', 'campaigns'] as const,
  policy: ['survey', 'hq', 'policy'] as const,
}

/** Who may change templates and send campaigns; quality reads only. */
export const BUILDER_ROLES = ['hq_admin', 'hq_service'] as const
export const READER_ROLES = ['hq_admin', 'hq_service', 'hq_quality'] as const

/** A score for display: "—" when there is nothing to score. */
export const fmt = (v: number | null | undefined, suffix = '') =>
  v === null || v === undefined ? '—' : `${v}${suffix}`
