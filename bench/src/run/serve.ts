import type { AddressInfo } from 'node:net'
import { type ApiDeps, createHttpApp, nodeSecurity } from '@asq/api'
import { createRepositories, createUnitOfWork, type DatabaseHandle, databaseFileStore } from '@asq/db'
import { serve } from '@hono/node-server'
import type { Hono } from 'hono'

/** The API's dependencies on a database, with a clock fixed at the generator's "now" (plus time run). */
export function benchDeps(h: DatabaseHandle, asOf: Date): ApiDeps {
  const offset = asOf.getTime() - Date.now()
  return {
    uow: createUnitOfWork(h.db),
    repos: createRepositories(h.db),
    clock: () => new Date(Date.now() + offset),
    files: databaseFileStore(h.db),
    security: nodeSecurity,
    devMode: false,
  }
}

type Served = { url: string; close(): Promise<void> }

async function listen(fetch: (r: Request) => Response | Promise<Response>): Promise<Served> {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s))
  })
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The real HTTP app (sessions, tRPC, superjson, compression) on a port the OS chose. */
export const serveApi = (deps: ApiDeps, ping: () => Promise<void>) =>
  listen(createHttpApp({ deps, ping, clientAddress: () => '127.0.0.1' }).fetch)

/** A bare Hono app: the floor of a list, the same SQL on the same pool with nothing around it. */
export const serveBare = (app: Hono) => listen(app.fetch)

/** A GET of a tRPC query, as the screens send it. */
export const trpcGet = (base: string, path: string, input: unknown, cookie: string) =>
  fetch(`${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`, {
    headers: { cookie: `asq_session=${cookie}`, 'accept-encoding': 'gzip' },
  })

/**
 * A tRPC query read to its last byte, as a screen waits for it: a timing that stops at the headers
 * would leave the compressed body unmeasured (and its socket busy). A status other than 200 throws.
 */
export async function trpcRead(base: string, path: string, input: unknown, cookie: string) {
  const res = await trpcGet(base, path, input, cookie)
  const body = await res.text()
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${body.slice(0, 160)}`)
  return body
}
