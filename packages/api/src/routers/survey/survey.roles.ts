import { hqProcedure } from '../../trpc'

/**
 * Who does what with surveys at HQ. Readers — admins, the service desk and quality — see templates,
 * campaigns, results, comments and follow-ups: quality reads satisfaction because it feeds its
 * improvement work (publish improvements, verify the loop is closed). Builders — admins and the
 * service desk, who run the customer programme — design templates and send campaigns. Only admins
 * change the policy and run the sweeps by hand. Finance has no business here.
 */
export const readers = () => hqProcedure('hq_admin', 'hq_service', 'hq_quality')
export const builders = () => hqProcedure('hq_admin', 'hq_service')
export const admins = () => hqProcedure('hq_admin')
