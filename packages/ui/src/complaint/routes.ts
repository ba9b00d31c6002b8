import type { RouteMeta, RouteRecordRaw } from 'vue-router'
import { page } from '../router/page-route'

/** The vehicle search page through the role's sub-router (HQ's `desk`, the `station`), loaded lazily. */
export const vehicleSearchPage = (scope: 'desk' | 'station', meta: RouteMeta = {}): RouteRecordRaw =>
  page('vehicles', 'vehicles', () => import('../screens').then((m) => m.VehicleSearch), {
    props: { scope },
    meta,
  })
