import type { RouteRecordRaw } from 'vue-router'

/** The vehicles the station sold or served, and one vehicle's or one customer's history (issue 17). */
export const vehicleRoutes: RouteRecordRaw[] = [
  { path: 'vehicles', name: 'vehicles', component: () => import('./VehiclesPage.vue') },
  { path: 'vehicles/:vin', name: 'vehicle', component: () => import('./VehiclePage.vue'), props: true },
  { path: 'customers/:id', name: 'customer', component: () => import('./CustomerPage.vue'), props: true },
]
