import type { UploadError } from '../shared/upload-columns'

/** An import's problems without their English message (the message is free text; the rest is checked). */
export const problems = (r: { errors: readonly UploadError[] }) => r.errors.map(({ message: _m, ...e }) => e)

/** One problem of a body row: row, column letter, field and the Chinese text shown to the user. */
export const problem = (row: number, column: string, field: string | null, zh: string) => ({
  row,
  column,
  field,
  zh,
})

export const NOTHING_COUNTED = { added: 0, updated: 0, unchanged: 0 }
