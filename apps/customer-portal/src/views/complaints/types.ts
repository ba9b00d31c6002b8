import type { RouterOutputs } from '@asq/api-client'

export type MyComplaint = RouterOutputs['complaint']['my']['get']
export type MyComplaintRow = RouterOutputs['complaint']['my']['list']['items'][number]
export type TimelineEntry = MyComplaint['timeline'][number]
