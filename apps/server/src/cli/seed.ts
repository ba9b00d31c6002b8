import { openConfiguredDatabase } from '../database'
import { readEnv } from '../env'
import { log } from '../logger'
import { prepareDatabase } from '../startup'

const env = readEnv()
const handle = await openConfiguredDatabase(env)
await prepareDatabase({ ...env, SEED_DEMO: true, SEED_DEMO_EXPLICIT: true }, handle, log)
await handle.close()
