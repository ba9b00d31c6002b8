/** What the portal accepts before sending (the server checks the content again, never the name). */
export const MAX_FILES = 6
export const MAX_BYTES = 5 * 1024 * 1024
export const ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf'

export type PickedFile = { file: File; previewUrl: string | null }

export function fileProblem(file: File): 'badFile' | 'tooLarge' | null {
  if (!ACCEPT.split(',').includes(file.type)) return 'badFile'
  if (file.size > MAX_BYTES) return 'tooLarge'
  return null
}

/** The file's bytes as base64, the way the upload procedure takes them. */
export function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsDataURL(file)
  })
}
