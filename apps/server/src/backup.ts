import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { dumpEmbedded, openDatabase, restoreEmbedded, sql } from '@asq/db'
import { filesDir, openConfiguredDatabase } from './database'
import type { Env } from './env'

/**
 * One command each way. PostgreSQL (DATABASE_URL): `pg_dump` writes a plain SQL dump from one
 * snapshot, so it is consistent while the server runs; `psql` restores it in one transaction into an
 * empty database. Embedded PGlite (DATA_DIR): the data directory is written as a gzipped tar by
 * PGlite itself (`dumpDataDir`) and restored into an empty DATA_DIR; stop the server first, as the
 * embedded database belongs to one process at a time. With the directory file store (FILE_STORE,
 * the embedded default) the uploaded files are copied beside the backup, into `<file>.files/`, and
 * restored from there: they are content-addressed and never change, so a copy is consistent.
 */
type BackupEnv = Pick<Env, 'DATABASE_URL' | 'DATA_DIR' | 'FILE_STORE'>

export async function backupDatabase(env: BackupEnv, file: string) {
  const db = await backupRows(env, file)
  if (env.FILE_STORE === 'directory' && existsSync(filesDir(env)))
    cpSync(filesDir(env), `${file}.files`, {
      recursive: true,
      filter: (src) => src !== join(filesDir(env), 'tmp'),
    })
  return db
}

async function backupRows(env: BackupEnv, file: string) {
  if (env.DATABASE_URL) {
    await run('pg_dump', [
      '--no-owner',
      '--no-privileges',
      '--format=plain',
      `--file=${file}`,
      env.DATABASE_URL,
    ])
    return { kind: 'postgres' as const, file }
  }
  const handle = await openConfiguredDatabase({ DATABASE_URL: undefined, DATA_DIR: env.DATA_DIR } as Env)
  try {
    writeFileSync(file, await dumpEmbedded(handle))
  } finally {
    await handle.close()
  }
  return { kind: 'pglite' as const, file }
}

export async function restoreDatabase(env: BackupEnv, file: string) {
  if (!existsSync(file)) throw new Error(`no backup at ${file}`)
  const files = `${file}.files`
  if (existsSync(files) && existsSync(filesDir(env)) && readdirSync(filesDir(env)).length > 0)
    throw new Error(`${filesDir(env)} is not empty: restore into a new DATA_DIR`)
  const db = await restoreRows(env, file)
  if (existsSync(files)) cpSync(files, filesDir(env), { recursive: true })
  return db
}

async function restoreRows(env: BackupEnv, file: string) {
  if (env.DATABASE_URL) {
    const target = await openDatabase({ url: env.DATABASE_URL })
    const r = await target.db
      .execute<{ n: number }>(
        sql`select count(*)::int as n from information_schema.tables where table_schema in ('public', 'drizzle')`,
      )
      .finally(() => target.close())
    if ((r as unknown as { rows: { n: number }[] }).rows[0]!.n > 0)
      throw new Error('the target database is not empty: restore into a new database')
    await run('psql', [
      '--quiet',
      '--single-transaction',
      '-v',
      'ON_ERROR_STOP=1',
      `--file=${file}`,
      env.DATABASE_URL,
    ])
    return { kind: 'postgres' as const }
  }
  const dataDir = join(env.DATA_DIR, 'pglite')
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0)
    throw new Error(`${dataDir} is not empty: restore into a new DATA_DIR`)
  mkdirSync(dataDir, { recursive: true })
  await restoreEmbedded(dataDir, readFileSync(file))
  return { kind: 'pglite' as const }
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'pipe'] })
    let err = ''
    p.stderr!.on('data', (d) => {
      err += d
    })
    p.on('error', reject)
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}: ${err}`))))
  })
}
