import { baseUrl } from './browser'

/**
 * Calls the API over HTTP exactly as the apps do (tRPC with superjson's envelope), for the steps of a
 * story that happen off-screen (another person's work) — never instead of the screen under test.
 */
export type Session = { cookie: string }

export async function signIn(username: string, password = 'demo123456'): Promise<Session> {
  const url = baseUrl()
  const res = await fetch(`${url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ json: { username, password } }),
  })
  if (!res.ok) throw new Error(`sign-in of ${username} failed: ${res.status} ${await res.text()}`)
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]! }
}

async function unwrap<T>(path: string, res: Response): Promise<T> {
  const body = (await res.json()) as { result?: { data: { json: T } }; error?: unknown }
  if (!res.ok || !body.result) throw new Error(`${path} failed: ${res.status} ${JSON.stringify(body.error)}`)
  return body.result.data.json
}

export async function query<T>(s: Session, path: string, input?: unknown): Promise<T> {
  const url = baseUrl()
  const q = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`
  return unwrap<T>(path, await fetch(`${url}/trpc/${path}${q}`, { headers: { cookie: s.cookie } }))
}

export async function mutate<T>(s: Session, path: string, input?: unknown): Promise<T> {
  const url = baseUrl()
  const res = await fetch(`${url}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url, cookie: s.cookie },
    body: JSON.stringify({ json: input ?? null }),
  })
  return unwrap<T>(path, res)
}

/** The newest outbox message to a recipient (what their phone received), as HQ sees it. */
export async function lastMessageTo(admin: Session, recipient: string): Promise<string> {
  const r = await query<{ items: { body: string }[] }>(admin, 'platform.outbox', { recipient, pageSize: 1 })
  const body = r.items[0]?.body
  if (!body) throw new Error(`nothing in the outbox for ${recipient}`)
  return body
}
