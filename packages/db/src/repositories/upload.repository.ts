import type { Upload, UploadRepository } from '@asq/domain'
import { and, eq, isNull } from 'drizzle-orm'
import type { Database } from '../client'
import { uploads } from '../schema'

export const uploadRepository = (db: Database): UploadRepository => ({
  async create(u) {
    const [r] = await db.insert(uploads).values(u).returning()
    return r as Upload
  },
  async byId(id) {
    const [r] = await db.select().from(uploads).where(eq(uploads.id, id))
    return (r as Upload | undefined) ?? null
  },
  async markUsed(id, usedFor) {
    const r = await db
      .update(uploads)
      .set({ usedFor })
      .where(and(eq(uploads.id, id), isNull(uploads.usedFor)))
      .returning({ id: uploads.id })
    return r.length === 1
  },
})
