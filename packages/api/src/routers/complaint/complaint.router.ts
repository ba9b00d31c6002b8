import { router } from '../../trpc'
import { customerComplaintRouter } from './complaint.customer'
import { deskComplaintRouter } from './complaint.desk'
import { stationComplaintRouter } from './complaint.station'

/** The complaints context: one router, three audiences (customer, station, HQ desk). */
export const complaintRouter = router({
  my: customerComplaintRouter,
  station: stationComplaintRouter,
  desk: deskComplaintRouter,
})
