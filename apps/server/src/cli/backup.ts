import { resolve } from 'node:path'
import { backupDatabase } from '../backup'
import { readEnv } from '../env'
import { log } from '../logger'

/** `pnpm db:backup <file>`: see ../backup.ts. */
// Relative to where `pnpm` was run (pnpm runs the script in apps/server).
const arg = process.argv[2]
if (!arg) throw new Error('usage: pnpm db:backup <file>')
const file = resolve(process.env.INIT_CWD ?? process.cwd(), arg)
log({ msg: 'backup written', ...(await backupDatabase(readEnv(), file)) })
