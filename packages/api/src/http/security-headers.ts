import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'

/**
 * Headers on every response, the apps and the API alike. The apps load only their own scripts;
 * Element Plus sets inline styles, and evidence opens as data: / blob: URLs in a frame.
 * HSTS only when the site is served over TLS (else it would pin a plain-HTTP demo to HTTPS).
 */
export function securityHeaders(opts: { tls: boolean }): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      frameSrc: ["'self'", 'data:', 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'strict-origin-when-cross-origin',
    strictTransportSecurity: opts.tls ? 'max-age=31536000; includeSubDomains' : false,
    // The apps open evidence in a new window they then write into.
    crossOriginOpenerPolicy: 'same-origin-allow-popups',
  })
}
