import { describe, expect, it } from 'vitest'
import { DomainError } from '../shared/errors'
import { assertAcceptableUpload, fileTooLarge, MAX_UPLOAD_BYTES, sniffMime } from './file.rules'

const bytes = (...b: number[]) => new Uint8Array(b)
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0))
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0)
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0)
const WEBP = bytes(...ascii('RIFF'), 1, 2, 3, 4, ...ascii('WEBP'))
const WAV = bytes(...ascii('RIFF'), 1, 2, 3, 4, ...ascii('WAVE'))
const PDF = bytes(...ascii('%PDF-1.7'))

/** The refusal as its parts: kind, stable code and the field it names. */
function refusal(f: () => unknown) {
  try {
    f()
  } catch (e) {
    if (!(e instanceof DomainError)) throw e
    return { kind: e.kind, code: e.code, field: e.field }
  }
  return null
}

describe('a file type is judged by its first bytes', () => {
  it.each([
    ['PNG', PNG, 'image/png'],
    ['JPEG', JPEG, 'image/jpeg'],
    ['WEBP inside RIFF', WEBP, 'image/webp'],
    ['PDF', PDF, 'application/pdf'],
    ['a WAVE sound inside RIFF (not an image)', WAV, null],
    ['RIFF with nothing after it', bytes(...ascii('RIFF')), null],
    [
      'WEBP at the right place without RIFF before it',
      bytes(...ascii('RIFX'), 1, 2, 3, 4, ...ascii('WEBP')),
      null,
    ],
    ['a program (MZ)', bytes(0x4d, 0x5a, 0x90, 0), null],
    ['HTML', bytes(...ascii('<html>')), null],
    ['a PNG signature cut short', PNG.slice(0, 7), null],
    ['nothing', bytes(), null],
  ] as const)('%s → %s', (_name, head, mime) => {
    expect(sniffMime(head)).toBe(mime)
  })
})

describe('what an upload must pass before it is stored', () => {
  it.each([
    ['a PNG', PNG, undefined, 'image/png'],
    ['a PDF of exactly 5 MB', PDF, MAX_UPLOAD_BYTES, 'application/pdf'],
  ] as const)('takes %s', (_name, head, size, mime) => {
    expect(assertAcceptableUpload(head, size)).toBe(mime)
  })
  it.each([
    ['an empty file', bytes(), undefined, 'FILE.EMPTY'],
    ['a file one byte over 5 MB', PNG, MAX_UPLOAD_BYTES + 1, 'FILE.TOO_LARGE'],
    ['a file of another type', bytes(...ascii('<html>')), undefined, 'FILE.TYPE'],
    ['a WAVE in RIFF', WAV, undefined, 'FILE.TYPE'],
  ] as const)('refuses %s, naming the file field', (_name, head, size, code) => {
    expect(refusal(() => assertAcceptableUpload(head, size))).toEqual({
      kind: 'BAD_INPUT',
      code,
      field: 'file',
    })
  })
  it('judges the size given, not the length of the head it was shown', () => {
    expect(refusal(() => assertAcceptableUpload(PNG, 0))).toMatchObject({ code: 'FILE.EMPTY' })
  })
  it('is 5 MB', () => {
    expect(MAX_UPLOAD_BYTES).toBe(5 * 1024 * 1024)
    expect(
      refusal(() => {
        throw fileTooLarge()
      }),
    ).toEqual({ kind: 'BAD_INPUT', code: 'FILE.TOO_LARGE', field: 'file' })
  })
})
