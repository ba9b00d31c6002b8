import type { ApiClient } from '@asq/api-client'

type Out<P extends { query: (...args: never[]) => Promise<unknown> }> = Awaited<ReturnType<P['query']>>

/** What staff (station and HQ) receive for one complaint: the case, history, clocks and children. */
export type StaffComplaintView = Out<ApiClient['complaint']['station']['get']>
export type StaffComplaint = StaffComplaintView['complaint']
export type ComplaintListRow = Out<ApiClient['complaint']['station']['queue']>['items'][number]
export type PartsRequestRow = StaffComplaintView['partsRequests'][number]
export type CompensationRow = StaffComplaintView['compensations'][number]
export type TechRequestRow = StaffComplaintView['techRequests'][number]
