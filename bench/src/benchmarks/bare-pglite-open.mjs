// The floor of the embedded start: a bare PGlite open of the same data directory and `select 1`, with
// the server's own start parameters. Prints "ready" when done and stays up until killed (RSS is read).
import { PGlite } from '@electric-sql/pglite'

const client = new PGlite({
  dataDir: process.argv[2],
  startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'],
})
await client.waitReady
await client.query('select 1')
process.stdout.write('ready\n')
setInterval(() => {}, 1 << 30)
