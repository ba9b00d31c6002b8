import type { RouteRecordRaw } from 'vue-router'

/** The vehicles the station sold or served, and one vehicle's history (issue 17). */
export const vehicleRoutes: RouteRecordRaw[] = [
  { path: 'vehicles', name: 'vehicles', component: () => import('./VehiclesPage.vue') },
  { path: 'vehicles/:vin', name: 'vehicle', component: () => import('./VehiclePage.vue'), props: true },
]
