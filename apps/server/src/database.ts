import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { type DatabaseHandle, openDatabase } from '@asq/db'
import type { Env } from './env'

/** PostgreSQL when DATABASE_URL is set; otherwise the embedded PGlite under DATA_DIR/pglite. */
export async function openConfiguredDatabase(env: Env): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) return openDatabase({ url: env.DATABASE_URL })
  const dataDir = join(env.DATA_DIR, 'pglite')
  mkdirSync(dataDir, { recursive: true })
  return openDatabase({ dataDir })
}

/** The directory file store's folder (FILE_STORE=directory): content-addressed files beside the database. */
export const filesDir = (env: Pick<Env, 'DATA_DIR'>) => join(env.DATA_DIR, 'files')
