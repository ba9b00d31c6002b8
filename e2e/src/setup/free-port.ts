import { createServer } from 'node:net'

/** A TCP port nobody listens on right now, chosen by the OS (no guessing in a range other tests use). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.unref()
    s.on('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const address = s.address()
      const port = typeof address === 'object' && address ? address.port : 0
      s.close(() => (port ? resolve(port) : reject(new Error('no free port'))))
    })
  })
}
