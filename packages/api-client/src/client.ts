import type { AppRouter } from '@asq/api'
import { createTRPCClient, httpBatchLink, httpLink, splitLink } from '@trpc/client'
import superjson from 'superjson'

/** Must not exceed the server's MAX_BATCH_SIZE (packages/api/src/http/batch-guard.ts). */
const MAX_BATCH_ITEMS = 10

/** The typed tRPC proxy: `client.auth.me.query()`, `client.identity.users.query({ page: 1, pageSize: 20 })`. */
export function createApiClient(opts: { url?: string } = {}) {
  const common = {
    url: opts.url ?? '/trpc',
    transformer: superjson,
    // The session is an httpOnly cookie set by the server on the same origin.
    fetch: (input: RequestInfo | URL, init?: RequestInit) =>
      fetch(input, { ...init, credentials: 'same-origin' }),
  }
  return createTRPCClient<AppRouter>({
    links: [
      // The server refuses batches that contain sign-in calls, so those travel one per request.
      splitLink({
        condition: (op) => op.path.startsWith('auth.'),
        true: httpLink(common),
        false: httpBatchLink({ ...common, maxItems: MAX_BATCH_ITEMS }),
      }),
    ],
  })
}

export type ApiClient = ReturnType<typeof createApiClient>
