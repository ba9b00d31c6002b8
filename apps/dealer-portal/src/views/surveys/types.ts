import type { RouterOutputs } from '@asq/api-client'

export type StationScores = RouterOutputs['survey']['station']['scores']
export type FollowUpRow = RouterOutputs['survey']['station']['followUps']['items'][number]
export type FollowUpDetail = RouterOutputs['survey']['station']['followUp']

/** A low answer as a short tag: "2★" for a rating, "NPS 3" for a recommendation. */
export const lowLabel = (l: { type: string; score: number }) =>
  l.type === 'csat' ? `${l.score}★` : `NPS ${l.score}`
