import { MutationCache, QueryCache, QueryClient, VueQueryPlugin } from '@tanstack/vue-query'
import { type App, type InjectionKey, inject } from 'vue'
import type { ApiClient } from './client'
import { isUnauthorized, toApiError } from './errors'
import { meQueryKey } from './keys'
import { lazyClient } from './lazy-client'
import { fetchActor } from './me'
import type { Actor } from './types'

const TRANSIENT = new Set(['NETWORK', 'INTERNAL_SERVER_ERROR', 'UNKNOWN'])
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

export type ApiOptions = {
  url?: string
  /** Called when a call fails because a session that existed has expired (e.g. go to login). */
  onSessionExpired?: () => void
}

export function createQueryClient(onError: (e: unknown) => void = () => {}): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Retrying cannot fix a refusal or bad input; retry only transient failures, once.
        retry: (count, e) => count < 1 && TRANSIENT.has(toApiError(e).code),
      },
    },
  })
}

/** Creates the client and a QueryClient; `app.use(api)` installs both. */
export function createApi(opts: ApiOptions = {}): Api {
  let loading: Promise<ApiClient> | null = null
  const client = lazyClient(() => {
    loading ??= import('./client').then((m) => m.createApiClient(opts))
    return loading
  })
  // A 401 while we believed we were signed in means the session ended on the server.
  const onError = (e: unknown) => {
    if (!isUnauthorized(e) || !queryClient.getQueryData(meQueryKey)) return
    queryClient.clear()
    queryClient.setQueryData(meQueryKey, null)
    opts.onSessionExpired?.()
  }
  const queryClient: QueryClient = createQueryClient(onError)
  const api: Api = {
    client,
    queryClient,
    fetchMe: () =>
      queryClient.fetchQuery({
        queryKey: meQueryKey,
        queryFn: () => fetchActor(opts.url ?? '/trpc', client),
        staleTime: 60_000,
      }),
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
