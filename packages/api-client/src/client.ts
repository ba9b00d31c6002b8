import type { AppRouter } from '@asq/api'
import { createTRPCClient, httpBatchLink } from '@trpc/client'
import superjson from 'superjson'

/** The typed tRPC proxy: `client.auth.me.query()`, `client.identity.users.query({ page: 1, pageSize: 20 })`. */
export function createApiClient(opts: { url?: string } = {}) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: opts.url ?? '/trpc',
        transformer: superjson,
        // The session is an httpOnly cookie set by the server on the same origin.
        fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
      }),
    ],
  })
}

export type ApiClient = ReturnType<typeof createApiClient>
