import { HQ_ROLES } from '@asq/domain'
import { page, vehicleSearchPage } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

/** Every HQ role looks vehicles up (finance reads their claim lines too). */
const meta = { roles: HQ_ROLES }

/** The vehicle search and one vehicle's or one customer's history (issue 17). */
export const vehicleRoutes: RouteRecordRaw[] = [
  vehicleSearchPage('desk', meta),
  page('vehicles/:vin', 'vehicle', () => import('./VehiclePage.vue'), { props: true, meta }),
  page('customers/:id', 'customer', () => import('./CustomerPage.vue'), { props: true, meta }),
]
