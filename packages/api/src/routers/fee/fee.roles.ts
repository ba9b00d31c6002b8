import { dealerProcedure, hqProcedure } from '../../trpc'

/**
 * Who does what with parts and fees. Every HQ role reads the catalogue, terms, standards and
 * registers (finance needs them to settle; quality to trace parts). The service department and admins
 * own the rules: catalogue, warranty terms, deadlines, and the decision on a station's fee standard.
 * The parts desk — admins, service and finance — confirms and ships dealer parts requests (finance
 * sets the debit) and receives or calls in old parts. At a station, every staff member quotes,
 * registers old parts and raises requests; only the station manager proposes the station's fees.
 */
export const feeReaders = () => hqProcedure('hq_admin', 'hq_service', 'hq_quality', 'hq_finance')
export const ruleEditors = () => hqProcedure('hq_admin', 'hq_service')
export const partsDesk = () => hqProcedure('hq_admin', 'hq_service', 'hq_finance')
export const stationStaff = () => dealerProcedure('dealer_manager', 'dealer_staff')
export const stationManager = () => dealerProcedure('dealer_manager')
