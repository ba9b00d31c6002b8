/** Where each kind of account signs in; all four apps are served from the same origin. */
export const PORTAL_PATHS: Record<string, string> = {
  hq: '/admin/',
  dealer: '/dealer/',
  supplier: '/supplier/',
  customer: '/portal/',
}
