import type { KINDS, OwnerView, SEVERITIES, STATUSES } from '@asq/domain'

/** The filters every staff complaint list has (HQ's desk, the station's queue); a list adds its own. */
export type ComplaintListFilterValues = {
  status: (typeof STATUSES)[number] | undefined
  kind: (typeof KINDS)[number] | undefined
  severity: (typeof SEVERITIES)[number] | undefined
  owner: OwnerView | undefined
  overdue: boolean
  q: string
}

/** Their defaults (nothing chosen), for usePagedList. */
export const complaintListFilters = (): ComplaintListFilterValues => ({
  status: undefined,
  kind: undefined,
  severity: undefined,
  owner: undefined,
  overdue: false,
  q: '',
})
