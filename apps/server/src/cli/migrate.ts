import { openConfiguredDatabase } from '../database'
import { readEnv } from '../env'
import { log } from '../logger'

const handle = await openConfiguredDatabase(readEnv())
await handle.migrate()
log({ msg: 'migrations applied', database: handle.kind })
await handle.close()
