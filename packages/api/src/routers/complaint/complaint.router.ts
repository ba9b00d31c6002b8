import { mergeRouters, router } from '../../trpc'
import { customerComplaintRouter } from './complaint.customer'
import { deskComplaintRouter } from './complaint.desk'
import { stationComplaintRouter } from './complaint.station'
import { customerThreadRouter, deskThreadRouter, stationThreadRouter } from './complaint.thread'

/** The complaints context: one router, three audiences (customer, station, HQ desk). */
export const complaintRouter = router({
  // Each audience's conversation (thread, post) sits beside its other procedures (issue 17).
  my: mergeRouters(customerComplaintRouter, customerThreadRouter),
  station: mergeRouters(stationComplaintRouter, stationThreadRouter),
  desk: mergeRouters(deskComplaintRouter, deskThreadRouter),
})
