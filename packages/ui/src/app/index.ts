/** How a staff app starts and what ui asks of the app's API client (the port). */
export { provideUiClient, type UiClient, useUiClient } from './client-port'
export {
  type StaffAppClient,
  type StaffAppOptions,
  staffAccess,
  staffRoutes,
  startStaffApp,
} from './staff-app'
export { useHasRole, useStaff } from './use-staff'
