import type { ApiDeps } from '@asq/api'
import { createHttpApp, nodeSecurity } from '@asq/api'
import {
  createRepositories,
  createUnitOfWork,
  type DatabaseHandle,
  databaseFileStore,
  directoryFileStore,
} from '@asq/db'
import type { Hono } from 'hono'
import { clientAddressResolver } from './client-address'
import { filesDir } from './database'
import type { Env } from './env'
import type { Logger } from './logger'
import { mountStaticApps } from './static-apps'

/** Wires database, API and the static apps into one Hono app. The only place they meet. */
export function buildApp(env: Env, handle: DatabaseHandle, log: Logger): { app: Hono; deps: ApiDeps } {
  const deps: ApiDeps = {
    uow: createUnitOfWork(handle.db),
    repos: createRepositories(handle.db),
    clock: () => new Date(),
    files: env.FILE_STORE === 'directory' ? directoryFileStore(filesDir(env)) : databaseFileStore(handle.db),
    security: nodeSecurity,
    devMode: env.NODE_ENV !== 'production',
  }
  const app = createHttpApp({
    deps,
    ping: () => handle.ping(),
    secureCookies: env.SECURE_COOKIES,
    trustedOrigins: env.TRUSTED_ORIGINS,
    clientAddress: clientAddressResolver(env.TRUSTED_PROXIES),
    log,
  })
  mountStaticApps(app)
  return { app, deps }
}
