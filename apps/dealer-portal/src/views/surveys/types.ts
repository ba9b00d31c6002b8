import type { ApiClient } from '@asq/api-client'

type Out<P extends { query: (...args: never[]) => Promise<unknown> }> = Awaited<ReturnType<P['query']>>

export type StationScores = Out<ApiClient['survey']['station']['scores']>
export type FollowUpRow = Out<ApiClient['survey']['station']['followUps']>['items'][number]
export type FollowUpDetail = Out<ApiClient['survey']['station']['followUp']>

export const surveyKeys = {
  scores: ['survey', 'station', 'scores'] as const,
  followUps: ['survey', 'station', 'followUps'] as const,
  followUp: (id: string) => ['survey', 'station', 'followUp', id] as const,
}

/** A low answer as a short tag: "2★" for a rating, "NPS 3" for a recommendation. */
export const lowLabel = (l: { type: string; score: number }) =>
  l.type === 'csat' ? `${l.score}★` : `NPS ${l.score}`

/** A score for display: one decimal when it has one, "—" when there is nothing to score. */
export const fmt = (v: number | null | undefined, suffix = '') =>
  v === null || v === undefined ? '—' : `${v}${suffix}`
