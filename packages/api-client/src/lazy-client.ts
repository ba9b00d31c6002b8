import type { ApiClient } from './client'

type Callable = (...args: unknown[]) => unknown

/**
 * A stand-in for the tRPC client with the same typed shape (`client.auth.me.query()`), whose calls load
 * the real one (@trpc/client and superjson, in a chunk of their own) on first use. So a first screen
 * that makes no call, like a login page, does not wait for those bytes.
 */
export function lazyClient(load: () => Promise<ApiClient>): ApiClient {
  const at = (path: readonly string[]): unknown =>
    new Proxy(() => undefined, {
      // `then` is never a procedure: without this, `await client` would treat the stand-in as a promise.
      get: (_target, key) => (typeof key === 'string' && key !== 'then' ? at([...path, key]) : undefined),
      apply: async (_target, _this, args: unknown[]) => {
        let node: Record<string, unknown> = (await load()) as unknown as Record<string, unknown>
        for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>
        return (node[path[path.length - 1]!] as Callable)(...args)
      },
    })
  return at([]) as ApiClient
}
