/** Complaint pieces shared by the dealer and HQ apps (and the portal's countdown). */

export { type CommandField, default as CommandDialog } from './CommandDialog.vue'
export { default as ComplaintChildren } from './ComplaintChildren.vue'
export { type ClockRow, default as ComplaintClocks } from './ComplaintClocks.vue'
export { default as ComplaintDetailFrame } from './ComplaintDetailFrame.vue'
export { default as ComplaintEvidenceList, type EvidenceFile } from './ComplaintEvidenceList.vue'
export { default as ComplaintFacts } from './ComplaintFacts.vue'
export { default as ComplaintHistory } from './ComplaintHistory.vue'
export {
  default as ComplaintIntakeDialog,
  type IntakeInput,
  type IntakeStation,
} from './ComplaintIntakeDialog.vue'
export { type ComplaintColumn, default as ComplaintListColumns } from './ComplaintListColumns.vue'
export { default as ComplaintListFilters } from './ComplaintListFilters.vue'
export { default as ComplaintOwner } from './ComplaintOwner.vue'
export {
  default as ComplaintThread,
  type ThreadMessageRow,
  type ThreadView,
} from './ComplaintThread.vue'
export { default as CustomerScreen } from './CustomerScreen.vue'
export {
  type CommandValues,
  type ComplaintCommand,
  type ComplaintCommandApi,
  type ContactChannel,
  caseRef,
  sharedComplaintCommands,
  textField,
  textStep,
  valueText,
} from './commands'
export { actorText, COUNTDOWN_TEXT, describeEvent, durationText } from './describe'
export { COMPLAINT_ERRORS, useComplaintErrorText } from './errors'
export type { CustomerPage, HistoryRow } from './history-types'
export {
  CLOCK_LABELS,
  CLOCK_STATE_LABELS,
  type ComplaintLabels,
  EVENT_LABELS,
  statusTagType,
  type Text,
  useComplaintLabels,
} from './labels'
export { type ComplaintListFilterValues, complaintListFilters } from './list-filters'
export { complaintCommonEn, complaintCommonZh } from './messages'
export { default as OwnerViewFilter } from './OwnerViewFilter.vue'
export { OWNER_HOW, OWNER_TEXT } from './owner-text'
export { vehicleSearchPage } from './routes'
export { default as SlaCountdown } from './SlaCountdown.vue'
export { default as StaffComplaintScreen } from './StaffComplaintScreen.vue'
export type * from './types'
export { useComplaintAction } from './use-action'
export { useCommandDialog } from './use-command-dialog'
export { useComplaintView } from './use-complaint-view'
export { useNow } from './use-now'
export { default as VehicleHistory, type VehicleEntry, type VehiclePage } from './VehicleHistory.vue'
export { default as VehicleScreen } from './VehicleScreen.vue'
export type { VehicleRow } from './VehicleSearch.vue'
