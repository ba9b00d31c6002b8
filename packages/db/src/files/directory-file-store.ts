import { createHash, randomUUID } from 'node:crypto'
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { FileStore } from '@asq/domain'

const SHA256 = /^[0-9a-f]{64}$/

/**
 * The embedded mode's file store: `<dir>/<aa>/<sha256>`, content-addressed. A file is written to
 * `<dir>/tmp/` while it streams in, flushed, then renamed into place, so a crash or a refused upload
 * never leaves a half file where a reader could find it (a stray temp file at most, removed on error).
 */
export function directoryFileStore(dir: string): FileStore {
  const tmp = join(dir, 'tmp')
  const pathOf = (sha256: string) => join(dir, sha256.slice(0, 2), sha256)
  return {
    async save(chunks) {
      await mkdir(tmp, { recursive: true })
      const temp = join(tmp, randomUUID())
      const hash = createHash('sha256')
      let size = 0
      const fh = await open(temp, 'wx')
      try {
        try {
          for await (const chunk of chunks) {
            hash.update(chunk)
            size += chunk.length
            await fh.write(chunk)
          }
          await fh.sync()
        } finally {
          await fh.close()
        }
        const sha256 = hash.digest('hex')
        await mkdir(dirname(pathOf(sha256)), { recursive: true })
        // Identical bytes may already be there: replacing them with the same bytes is harmless.
        await rename(temp, pathOf(sha256))
        return { sha256, size }
      } catch (e) {
        await rm(temp, { force: true })
        throw e
      }
    },
    async read(sha256) {
      if (!SHA256.test(sha256)) return null
      try {
        return new Uint8Array(await readFile(pathOf(sha256)))
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw e
      }
    },
  }
}
