import { page, vehicleSearchPage } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

/** The vehicles the station sold or served, and one vehicle's or one customer's history (issue 17). */
export const vehicleRoutes: RouteRecordRaw[] = [
  vehicleSearchPage('station'),
  page('vehicles/:vin', 'vehicle', () => import('./VehiclePage.vue'), { props: true }),
  page('customers/:id', 'customer', () => import('./CustomerPage.vue'), { props: true }),
]
