import { type ChildProcess, execSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { ensureBrowserTools } from './chromium'
import { freePort } from './free-port'
import { writeGallery } from './gallery'

const repo = fileURLToPath(new URL('../../..', import.meta.url))

const APPS = ['admin', 'customer-portal', 'supplier-portal', 'dealer-portal']
/** What the apps are built from besides their own src/ (an edit there must not meet a stale build). */
const SHARED_SOURCES = ['packages/ui/src', 'packages/api-client/src', 'packages/domain/src']

/** The newest modification time of any file under `dir` (0 when it does not exist). */
function newestUnder(dir: string): number {
  if (!existsSync(dir)) return 0
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newestUnder(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  )
}

/** An app is stale when it has no build, or a source it is built from changed after its build. */
function stale(app: string): boolean {
  const built = join(repo, 'apps', app, 'dist', 'index.html')
  if (!existsSync(built)) return true
  const sources = [`apps/${app}/src`, ...SHARED_SOURCES].map((d) => newestUnder(join(repo, d)))
  return Math.max(...sources) > statSync(built).mtimeMs
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

/** Builds the apps when a source is newer than their build, installs chromium if needed, and starts the real server on a fresh database. */
export default async function setup(project: TestProject) {
  ensureBrowserTools()
  if (APPS.some(stale)) execSync('pnpm build:apps', { cwd: repo, stdio: 'inherit' })
  const dataDir = mkdtempSync(join(tmpdir(), 'asq-e2e-'))
  const port = await freePort()
  let output = ''
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: join(repo, 'apps/server'),
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (d) => {
    output += d
  })
  child.stderr!.on('data', (d) => {
    output += d
  })
  const baseUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 300_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output}`)
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`)
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) break
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  project.provide('baseUrl', baseUrl)
  return async () => {
    child.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 500))
    rmSync(dataDir, { recursive: true, force: true })
    writeGallery(join(repo, 'e2e/artifacts'))
  }
}
