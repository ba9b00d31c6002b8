import type { ApiClient } from './client'
import type { Actor } from './types'

type MeAnswer = { result?: { data?: { json?: Actor | null; meta?: unknown } } }

/**
 * Who is signed in, asked with one plain GET of tRPC's `auth.me`, so the first screen's router guard
 * needs neither @trpc/client nor superjson. An answer in plain JSON (the actor is strings and arrays)
 * is read as it is; anything else — an error, an answer superjson had to annotate — goes through the
 * real client, which decodes or throws exactly as every other call does.
 */
export async function fetchActor(url: string, client: ApiClient): Promise<Actor | null> {
  const res = await fetch(`${url}/auth.me`, { credentials: 'same-origin' }).catch(() => null)
  const body = res?.ok ? ((await res.json().catch(() => null)) as MeAnswer | null) : null
  const data = body?.result?.data
  if (data && 'json' in data && data.meta === undefined) return data.json ?? null
  return client.auth.me.query()
}
