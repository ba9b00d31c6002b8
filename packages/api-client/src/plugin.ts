import { QueryClient, VueQueryPlugin } from '@tanstack/vue-query'
import { type App, inject, type InjectionKey } from 'vue'
import { type ApiClient, createApiClient } from './client'
import { isUnauthorized } from './errors'
import { meQueryKey } from './keys'
import type { Actor } from './types'

const API_KEY: InjectionKey<Api> = Symbol('asq-api')

export type Api = {
  client: ApiClient
  queryClient: QueryClient
  /** The signed-in actor (cached for a minute); for router guards and other code outside components. */
  fetchMe(): Promise<Actor | null>
  /** Ends the session and forgets every cached query. */
  logout(): Promise<void>
  install(app: App): void
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Retrying cannot fix a missing session or a refusal; retry only transient failures once.
        retry: (count, e) => count < 1 && !isUnauthorized(e),
      },
    },
  })
}

/** Creates the client and a QueryClient; `app.use(api)` installs both. */
export function createApi(opts: { url?: string } = {}): Api {
  const client = createApiClient(opts)
  const queryClient = createQueryClient()
  const api: Api = {
    client,
    queryClient,
    fetchMe: () => queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: () => client.auth.me.query(), staleTime: 60_000 }),
    async logout() {
      try {
        await client.auth.logout.mutate()
      } catch (e) {
        // Already signed out is fine; anything else is still a local sign-out.
        if (!isUnauthorized(e)) console.warn('logout failed', e)
      }
      queryClient.clear()
      queryClient.setQueryData(meQueryKey, null)
    },
    install(app) {
      app.provide(API_KEY, api)
      app.use(VueQueryPlugin, { queryClient })
    },
  }
  return api
}

/** Installs an existing Api on an app (same as `app.use(api)`). */
export const provideApi = (app: App, api: Api = createApi()) => {
  app.use(api)
  return api
}

/** The Api installed on this app; call inside setup(). */
export function useApi(): Api {
  const api = inject(API_KEY)
  if (!api) throw new Error('useApi(): install the api first with app.use(createApi())')
  return api
}
