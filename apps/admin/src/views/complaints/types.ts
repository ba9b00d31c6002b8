/** The roles that work the complaint desk (finance has no business here). */
export const DESK_ROLES = ['hq_admin', 'hq_service', 'hq_quality'] as const
