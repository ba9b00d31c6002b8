/** What the portal accepts before sending (the server checks the content again, never the name). */
export const MAX_FILES = 6
const MAX_BYTES = 5 * 1024 * 1024
export const ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf'

export type PickedFile = { file: File; previewUrl: string | null }

export function fileProblem(file: File): 'badFile' | 'tooLarge' | null {
  if (!ACCEPT.split(',').includes(file.type)) return 'badFile'
  if (file.size > MAX_BYTES) return 'tooLarge'
  return null
}

/** A phone photo is sent at most this many pixels on its longer side (plenty to see a defect). */
const MAX_SIDE = 2048

/**
 * A large photo made smaller in the browser before it is sent: a 12-megapixel camera picture (4 000 ×
 * 3 000, several MB) must not cross a mobile network whole. Re-encoded as JPEG at MAX_SIDE; a small
 * image, a PDF, or anything the browser cannot decode is sent as it is.
 */
export async function shrinkImage(file: File, maxSide = MAX_SIDE): Promise<File> {
  if (!file.type.startsWith('image/')) return file
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(file)
  } catch {
    return file
  }
  const scale = maxSide / Math.max(bitmap.width, bitmap.height)
  if (scale >= 1) {
    bitmap.close()
    return file
  }
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(bitmap.width * scale)
  canvas.height = Math.round(bitmap.height * scale)
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
  bitmap.close()
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85))
  if (!blob) return file
  return new File([blob], `${file.name.replace(/\.[^.]*$/, '')}.jpg`, { type: 'image/jpeg' })
}
