import { router } from '../../trpc'
import { catalogueProcedures, productLinesProcedure, stationCatalogueProcedure } from './fee.catalogue'
import { feeHqExports, feeStationExports } from './fee.exports'
import { oldPartHqProcedures, oldPartStationProcedures } from './fee.old-parts'
import { partsRequestHqProcedures, partsRequestStationProcedures } from './fee.parts-requests'
import { quoteCustomerProcedures, quoteHqProcedures, quoteStationProcedures } from './fee.quotes'
import { standardHqProcedures, standardStationProcedures } from './fee.standards'
import { termsProcedures } from './fee.terms'
import { termsFileProcedures } from './fee.terms-file'

/**
 * Parts and warranty fees: HQ's catalogue, terms, standards approval, simulator, old-part register and
 * parts requests; the station's standards, quotes, old parts, requests and stock; the customer's quotes.
 */
export const feeRouter = router({
  productLines: productLinesProcedure,
  hq: router({
    ...catalogueProcedures,
    ...termsProcedures,
    ...termsFileProcedures,
    ...standardHqProcedures,
    ...quoteHqProcedures,
    ...oldPartHqProcedures,
    ...partsRequestHqProcedures,
    ...feeHqExports,
  }),
  station: router({
    ...standardStationProcedures,
    ...quoteStationProcedures,
    ...oldPartStationProcedures,
    ...partsRequestStationProcedures,
    ...feeStationExports,
    /** The catalogue with today's prices, for quotes and parts requests. */
    catalogue: stationCatalogueProcedure,
  }),
  my: router({ ...quoteCustomerProcedures }),
})
