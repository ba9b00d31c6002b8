import { resolve } from 'node:path'
import { restoreDatabase } from '../backup'
import { readEnv } from '../env'
import { log } from '../logger'

/** `pnpm db:restore <file>`, into an empty database or DATA_DIR: see ../backup.ts. */
// Relative to where `pnpm` was run (pnpm runs the script in apps/server).
const arg = process.argv[2]
if (!arg) throw new Error('usage: pnpm db:restore <file>')
const file = resolve(process.env.INIT_CWD ?? process.cwd(), arg)
log({ msg: 'backup restored', file, ...(await restoreDatabase(readEnv(), file)) })
