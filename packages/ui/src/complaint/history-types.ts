import type { RouterOutputs } from '@asq/api-client'

type Desk = RouterOutputs['complaint']['desk']

/** One history row as the vehicle and customer pages show it (a customer's rows name their VIN). */
export type HistoryRow = Desk['vehicle']['entries'][number] & { vin?: string | null }
export type HistoryWarranty = Desk['vehicle']['warranty']
export type CustomerPage = Desk['customer']

/** The words on a warranty's tag: in warranty, not started yet (bought after today), or out. */
export const warrantyLabelKey = (w: Pick<HistoryWarranty, 'inWarranty' | 'startsOn'>) =>
  w.inWarranty ? 'vehicles.inWarranty' : w.startsOn ? 'vehicles.notStarted' : 'vehicles.outOfWarranty'
