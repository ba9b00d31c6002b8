/**
 * /healthz latency while two 5 MB evidence uploads run at once against the embedded server (PGlite),
 * issue 11 hole 3. Each upload is sent as the apps send it: multipart to `POST /uploads` (streamed into
 * the directory file store), then its token to `complaint.station.upload`. Starts `apps/server` on a fresh data directory (or measures BASE_URL), signs in as a
 * station, and polls /healthz every 50 ms from just before the uploads until both have answered.
 * Prints the figures and writes them into docs/security.md between the upload-latency markers.
 *   pnpm --filter @asq/bench upload-latency
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chinaDate } from '@asq/domain'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const FILE_BYTES = 5 * 1024 * 1024 - 64
const POLL_MS = 50

async function startServer(): Promise<{ url: string; stop(): void }> {
  if (process.env.BASE_URL) return { url: process.env.BASE_URL, stop: () => {} }
  const dataDir = mkdtempSync(join(tmpdir(), 'asq-upload-bench-'))
  const port = 3900 + Math.floor(Math.random() * 90)
  const child: ChildProcess = spawn('pnpm', ['--filter', '@asq/server', 'start'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      NODE_ENV: 'development',
    },
    stdio: 'ignore',
    detached: true,
  })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    await new Promise((r) => setTimeout(r, 500))
  }
  return {
    url,
    stop: () => {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
      setTimeout(() => rmSync(dataDir, { recursive: true, force: true }), 2000)
    },
  }
}

const trpc = async (url: string, path: string, input: unknown, cookie = '') => {
  const res = await fetch(`${url}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url, cookie },
    body: JSON.stringify({ json: input }),
  })
  return { res, body: (await res.json()) as { result?: { data: { json: unknown } } } }
}

const BOUNDARY = 'asq-bench-boundary'
/**
 * A 5 MB PNG as a multipart body, built before the clock starts: the poller shares this process, so
 * building the body while it polls (as FormData would) would count the client's work as the server's.
 */
const multipartPng = (tag: number, filename: string) => {
  const b = Buffer.alloc(FILE_BYTES, tag)
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: image/png\r\n\r\n`
  return new Uint8Array(Buffer.concat([Buffer.from(head), b, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]))
}

/** Multipart to /uploads, then the token to the attach mutation: the HTTP status of the step that failed, or the last. */
async function upload(url: string, cookie: string, complaintId: string, body: Uint8Array<ArrayBuffer>) {
  const sent = await fetch(`${url}/uploads`, {
    method: 'POST',
    headers: { origin: url, cookie, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    body,
  })
  if (sent.status !== 201) return sent.status
  const { id } = (await sent.json()) as { id: string }
  return (await trpc(url, 'complaint.station.upload', { complaintId, uploadId: id }, cookie)).res.status
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!

async function main() {
  const server = await startServer()
  try {
    const login = await trpc(server.url, 'auth.login', { username: 'bj.staff', password: 'demo123456' })
    const cookie = (login.res.headers.get('set-cookie') ?? '').split(';')[0]!
    const queue = (await fetch(
      `${server.url}/trpc/complaint.station.queue?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`,
      { headers: { cookie } },
    ).then((r) => r.json())) as {
      result: { data: { json: { items: { id: string }[] } } }
    }
    const complaintId = queue.result.data.json.items[0]!.id
    const idle: number[] = []
    for (let i = 0; i < 10; i++) {
      const t = performance.now()
      await fetch(`${server.url}/healthz`)
      idle.push(performance.now() - t)
    }
    const bodies = [multipartPng(1, 'bench-0.png'), multipartPng(2, 'bench-1.png')]
    const started = performance.now()
    let running = true
    const during: number[] = []
    const poller = (async () => {
      while (running) {
        const t = performance.now()
        await fetch(`${server.url}/healthz`).catch(() => null)
        during.push(performance.now() - t)
        await new Promise((r) => setTimeout(r, POLL_MS))
      }
    })()
    const uploads = await Promise.all(
      bodies.map(async (body) => {
        const t = performance.now()
        const status = await upload(server.url, cookie, complaintId, body).catch((e) => String(e))
        return { status, ms: performance.now() - t }
      }),
    )
    running = false
    await poller
    const figures = {
      idleP50: pct(idle, 50),
      duringMax: Math.max(...during),
      duringP50: pct(during, 50),
      uploadsMs: uploads.map((u) => Math.round(u.ms)),
      statuses: uploads.map((u) => u.status),
      wallMs: Math.round(performance.now() - started),
    }
    console.log(
      `[figure] /healthz while two 5 MB uploads run: max ${Math.round(figures.duringMax)} ms, p50 ${Math.round(figures.duringP50)} ms (idle p50 ${Math.round(figures.idleP50)} ms); uploads ${figures.uploadsMs.join(' ms, ')} ms, HTTP ${figures.statuses.join(', ')}`,
    )
    const doc = join(ROOT, 'docs/security.md')
    const line = `<!-- upload-latency -->\nLast \`pnpm --filter @asq/bench upload-latency\` (${chinaDate(new Date())}, embedded PGlite, multipart uploads to the directory file store): /healthz max **${Math.round(figures.duringMax)} ms** (p50 ${Math.round(figures.duringP50)} ms, idle ${Math.round(figures.idleP50)} ms) while two 5 MB uploads ran; the uploads took ${figures.uploadsMs.join(' and ')} ms (HTTP ${figures.statuses.join(', ')}).\n<!-- /upload-latency -->`
    const text = readFileSync(doc, 'utf8')
    writeFileSync(doc, text.replace(/<!-- upload-latency -->[\s\S]*?<!-- \/upload-latency -->/, line))
  } finally {
    server.stop()
  }
}

await main()
