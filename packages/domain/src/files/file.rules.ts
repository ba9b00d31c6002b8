import { DomainError } from '../shared/errors'

/** Evidence uploads: images and PDF only, recognised by their content, never by their name. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024

const SIGNATURES: { mime: string; bytes: number[] }[] = [
  { mime: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mime: 'image/webp', bytes: [0x52, 0x49, 0x46, 0x46] },
  { mime: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
]

export function sniffMime(content: Uint8Array): string | null {
  for (const s of SIGNATURES) {
    if (s.bytes.every((b, i) => content[i] === b)) {
      // RIFF is a container: only WEBP inside it is an image we accept.
      if (s.mime === 'image/webp' && String.fromCharCode(...content.slice(8, 12)) !== 'WEBP') continue
      return s.mime
    }
  }
  return null
}

export const fileTooLarge = () =>
  new DomainError('BAD_INPUT', 'FILE.TOO_LARGE', 'The file is larger than 5 MB', { field: 'file' })

/**
 * The file's type by its first bytes (`head`; the whole file will do) and its size: what an upload
 * must pass before it is stored. `size` defaults to the length of `head`.
 */
export function assertAcceptableUpload(head: Uint8Array, size = head.length): string {
  if (size === 0) throw new DomainError('BAD_INPUT', 'FILE.EMPTY', 'The file is empty', { field: 'file' })
  if (size > MAX_UPLOAD_BYTES) throw fileTooLarge()
  const mime = sniffMime(head)
  if (!mime) {
    throw new DomainError(
      'BAD_INPUT',
      'FILE.TYPE',
      'Only photos (PNG, JPEG, WEBP) and PDF files can be uploaded',
      { field: 'file' },
    )
  }
  return mime
}
