import type { RouterOutputs } from '@asq/api-client'

/** What staff (station and HQ) receive for one complaint: the case, history, clocks and children. */
export type StaffComplaintView = RouterOutputs['complaint']['station']['get']
export type StaffComplaint = StaffComplaintView['complaint']
export type ComplaintListRow = RouterOutputs['complaint']['station']['queue']['items'][number]
export type PartsRequestRow = StaffComplaintView['partsRequests'][number]
export type CompensationRow = StaffComplaintView['compensations'][number]
export type TechRequestRow = StaffComplaintView['techRequests'][number]

/** A case's owner panel (issue 17), as `complaint.desk.owners` / `complaint.station.owners` answer it. */
export type OwnerPanel = {
  owner: { id: string; displayName: string; away: boolean } | null
  eligible: { id: string; displayName: string; away: boolean }[]
  version: number
  canAssign: boolean
  canTake: boolean
  canHandOver: boolean
}
type Keyed = { id: string; version: number; idempotencyKey: string }
/** The part of a role's complaint sub-router the owner panel calls. */
export type OwnerApi = {
  owners: { query(input: { id: string }): Promise<OwnerPanel> }
  assignOwner: { mutate(input: Keyed & { ownerId: string }): Promise<unknown> }
  takeCase: { mutate(input: Keyed): Promise<unknown> }
  handOver: { mutate(input: Keyed & { ownerId: string; reason: string }): Promise<unknown> }
}
