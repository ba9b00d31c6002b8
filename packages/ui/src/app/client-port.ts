import type * as Client from '@asq/api-client'
import { type App, type InjectionKey, inject } from 'vue'

/**
 * What packages/ui calls on the API client, handed in by the app at startup (`provideUiClient`, or
 * `startStaffApp` which does it): ui imports only the client's types, so the calls stay the app's.
 */
export type UiClient = {
  useMe: typeof Client.useMe
  useLogout: typeof Client.useLogout
  useStaffSignIn: typeof Client.useStaffSignIn
  downloadExport: typeof Client.downloadExport
  /** The app's API client and query keys, for the screens that two apps show alike and call alike. */
  useApi: typeof Client.useApi
  keyOf: typeof Client.keyOf
}

const UI_CLIENT: InjectionKey<UiClient> = Symbol('asq-ui-client')

/** Gives the ui components of this app their client (once, before mounting). */
export function provideUiClient(app: App, client: UiClient): void {
  app.provide(UI_CLIENT, client)
}

/** The client the app provided; call inside setup(). */
export function useUiClient(): UiClient {
  const client = inject(UI_CLIENT, null)
  if (!client) throw new Error('useUiClient(): the app provides its client first (provideUiClient)')
  return client
}
