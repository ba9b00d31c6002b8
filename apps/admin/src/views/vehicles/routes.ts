import { HQ_ROLES } from '@asq/domain'
import type { RouteRecordRaw } from 'vue-router'

/** Every HQ role looks vehicles up (finance reads their claim lines too). */
const meta = { roles: HQ_ROLES }

/** The vehicle search and one vehicle's or one customer's history (issue 17). */
export const vehicleRoutes: RouteRecordRaw[] = [
  { path: 'vehicles', name: 'vehicles', component: () => import('./VehiclesPage.vue'), meta },
  { path: 'vehicles/:vin', name: 'vehicle', component: () => import('./VehiclePage.vue'), props: true, meta },
  {
    path: 'customers/:id',
    name: 'customer',
    component: () => import('./CustomerPage.vue'),
    props: true,
    meta,
  },
]
