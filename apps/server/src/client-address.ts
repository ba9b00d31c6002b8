import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'

/**
 * The client's address for per-address throttles. `X-Forwarded-For` is believed only when the
 * socket peer is one of our configured proxies, and then only the hops those proxies appended:
 * walking from the right, the first address that is not a trusted proxy is the client.
 */
export function clientAddressResolver(trustedProxies: readonly string[]) {
  const trusted = new Set(trustedProxies.map(normalise))
  return (c: Context): string => {
    const peer = normalise(getConnInfo(c).remote.address ?? 'unknown')
    if (!trusted.has(peer)) return peer
    const hops = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((s) => normalise(s.trim()))
      .filter(Boolean)
    for (let i = hops.length - 1; i >= 0; i--) if (!trusted.has(hops[i]!)) return hops[i]!
    return peer
  }
}

/** `::ffff:10.0.0.1` and `10.0.0.1` are the same client. */
const normalise = (address: string) => address.replace(/^::ffff:/, '')
