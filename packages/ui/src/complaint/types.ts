import type { RouterOutputs } from '@asq/api-client'

/** What staff (station and HQ) receive for one complaint: the case, history, clocks and children. */
export type StaffComplaintView = RouterOutputs['complaint']['station']['get']
export type StaffComplaint = StaffComplaintView['complaint']
export type ComplaintListRow = RouterOutputs['complaint']['station']['queue']['items'][number]
export type PartsRequestRow = StaffComplaintView['partsRequests'][number]
export type CompensationRow = StaffComplaintView['compensations'][number]
export type TechRequestRow = StaffComplaintView['techRequests'][number]
