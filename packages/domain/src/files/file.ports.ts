/**
 * Where uploaded bytes live, addressed by their SHA-256: a directory beside the embedded database,
 * or the database itself on PostgreSQL. Storage is shared by identical bytes; ownership never is —
 * that belongs to the upload and attachment rows.
 */
export type StoredBlob = { sha256: string; size: number }

export interface FileStore {
  /** Stores a stream's bytes; when the stream fails, nothing is left behind. */
  save(chunks: AsyncIterable<Uint8Array>): Promise<StoredBlob>
  read(sha256: string): Promise<Uint8Array | null>
}

/** A file received by `POST /uploads`, waiting to be attached by its owner (a one-use token). */
export type Upload = {
  id: string
  /** `actorLabel` of who sent it; only they may attach it. */
  owner: string
  sha256: string
  size: number
  mime: string
  filename: string
  createdAt: Date
  expiresAt: Date
  /** The attachment or evidence record it became; null while unused. */
  usedFor: string | null
}

export interface UploadRepository {
  create(u: Omit<Upload, 'id' | 'usedFor'>): Promise<Upload>
  byId(id: string): Promise<Upload | null>
  /** Marks an unused upload as used for a record; false when it was used meanwhile. */
  markUsed(id: string, usedFor: string): Promise<boolean>
}
