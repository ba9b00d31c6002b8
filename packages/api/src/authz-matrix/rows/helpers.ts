/**
 * What every rows file says the same way: the scopes a role may act in, and the row where every role is
 * refused (a row spreads it and opens the roles the procedure is for).
 */

/** HQ records have no tenant: every target is reachable but one that does not exist. */
export const HQ_SCOPE = { own: 'OK', sameOrg: 'OK', otherTenant: 'OK', missing: 'NOT_FOUND' } as const
/** A station (or supplier) reaches its own organisation's records; another tenant's is NOT_FOUND. */
export const STATION_SCOPE = {
  own: 'OK',
  sameOrg: 'OK',
  otherTenant: 'NOT_FOUND',
  missing: 'NOT_FOUND',
} as const
/** A customer reaches only their own records. */
export const CUSTOMER_SCOPE = {
  own: 'OK',
  sameOrg: 'NOT_FOUND',
  otherTenant: 'NOT_FOUND',
  missing: 'NOT_FOUND',
} as const

/** Nobody may call: signed-out callers are UNAUTHORIZED, every role FORBIDDEN. */
export const nobody = {
  anonymous: 'UNAUTHORIZED',
  hq_admin: 'FORBIDDEN',
  hq_service: 'FORBIDDEN',
  hq_quality: 'FORBIDDEN',
  hq_finance: 'FORBIDDEN',
  hq_general_manager: 'FORBIDDEN',
  dealer_manager: 'FORBIDDEN',
  dealer_staff: 'FORBIDDEN',
  supplier_user: 'FORBIDDEN',
  customer: 'FORBIDDEN',
} as const
