import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundleForNode } from '@asq/node-bundle'

const serverDir = fileURLToPath(new URL('../..', import.meta.url))

let bundled: Promise<string> | undefined
/** The server bundled once per test process (as `pnpm start` runs it: plain node, no tsx). */
function serverBundle(): Promise<string> {
  bundled ??= (async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'asq-server-bundle-')), 'main.mjs')
    await bundleForNode(join(serverDir, 'src/main.ts'), out)
    return out
  })()
  return bundled
}

export type RunningServer = { url: string; child: ChildProcess; output: () => string }

/** The port from the server's JSON 'listening' log line, once it has been printed. */
function listeningPort(output: string): number | undefined {
  const m = /"msg":"listening","port":(\d+)/.exec(output)
  return m ? Number(m[1]) : undefined
}

/**
 * Starts the real server process (node running the bundle, no npm wrapper, so a signal reaches the
 * server itself) on a port the OS chooses (PORT=0, read back from its 'listening' log line), and
 * waits until /healthz answers.
 */
export async function spawnServer(env: Record<string, string>): Promise<RunningServer> {
  let out = ''
  const child = spawn(process.execPath, [await serverBundle()], {
    cwd: serverDir,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (d) => {
    out += d
  })
  child.stderr!.on('data', (d) => {
    out += d
  })
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${out}`)
    const port = listeningPort(out)
    if (port !== undefined) {
      const url = `http://127.0.0.1:${port}`
      try {
        if ((await fetch(`${url}/healthz`)).ok) return { url, child, output: () => out }
      } catch {
        // not answering yet
      }
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  child.kill('SIGKILL')
  throw new Error(`server did not answer /healthz within 180 s:\n${out}`)
}

export function killHard(s: RunningServer): Promise<void> {
  return new Promise((resolve) => {
    if (s.child.exitCode !== null) return resolve()
    s.child.once('exit', () => resolve())
    s.child.kill('SIGKILL')
  })
}

/** A tiny tRPC-over-HTTP client speaking the superjson envelope, with a cookie jar of one cookie. */
export function httpClient(baseUrl: string) {
  let cookie = ''
  const headers = () => ({
    'content-type': 'application/json',
    origin: baseUrl,
    ...(cookie ? { cookie } : {}),
  })
  const remember = (res: Response) => {
    const set = res.headers.get('set-cookie')
    if (set) cookie = set.split(';')[0]!
  }
  return {
    setBase(url: string) {
      baseUrl = url
    },
    async mutation(path: string, input: unknown) {
      const res = await fetch(`${baseUrl}/trpc/${path}`, {
        method: 'POST',
        headers: headers(),
        body: JSON.stringify({ json: input }),
      })
      remember(res)
      return {
        status: res.status,
        body: (await res.json()) as {
          result?: { data: { json: unknown } }
          error?: { json: { message: string; data: Record<string, unknown> } }
        },
      }
    },
    async query(path: string, input: unknown = {}) {
      const q = encodeURIComponent(JSON.stringify({ json: input }))
      const res = await fetch(`${baseUrl}/trpc/${path}?input=${q}`, { headers: headers() })
      remember(res)
      return {
        status: res.status,
        body: (await res.json()) as {
          result?: { data: { json: unknown } }
          error?: { json: { message: string } }
        },
      }
    },
  }
}
