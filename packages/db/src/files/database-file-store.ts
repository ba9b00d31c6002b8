import { createHash } from 'node:crypto'
import type { FileStore } from '@asq/domain'
import { eq } from 'drizzle-orm'
import type { Database } from '../client'
import { fileBlobs } from '../schema'

/**
 * The PostgreSQL mode's file store: one `file_blobs` row per distinct content. The stream is
 * collected (uploads are at most a few MB, limited while streaming) and written by the pg driver,
 * which does not hold the event loop the way the embedded PGlite does; pg_dump backs it up.
 */
export function databaseFileStore(db: Database, now: () => Date = () => new Date()): FileStore {
  return {
    async save(chunks) {
      const parts: Uint8Array[] = []
      const hash = createHash('sha256')
      for await (const chunk of chunks) {
        hash.update(chunk)
        parts.push(chunk)
      }
      const content = new Uint8Array(Buffer.concat(parts))
      const sha256 = hash.digest('hex')
      await db
        .insert(fileBlobs)
        .values({ sha256, size: content.length, content, createdAt: now() })
        .onConflictDoNothing()
      return { sha256, size: content.length }
    },
    async read(sha256) {
      const [r] = await db
        .select({ content: fileBlobs.content })
        .from(fileBlobs)
        .where(eq(fileBlobs.sha256, sha256))
      return r ? new Uint8Array(r.content) : null
    },
  }
}
