import { parseCsvRows, unprotectCell } from './csv'
import { DomainError } from './errors'

/**
 * The one way an uploaded spreadsheet is read (catalogue, claim lines, every later import): the type
 * comes from the bytes, not the name a browser declared; CSV text is UTF-8 (with or without a BOM) or
 * GB18030 — what Excel on a Chinese Windows writes by default — and anything else is refused with a
 * message that says how to save it, never silently garbled.
 */
export type UploadKind = 'xlsx' | 'csv'
export type CsvEncoding = 'utf-8-bom' | 'utf-8' | 'gb18030'

/** 10 MB: a 20 000-row price list in XLSX is about 1.5 MB, so this only stops mistakes. */
export const MAX_SPREADSHEET_BYTES = 10 * 1024 * 1024

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0] // the legacy .xls container
const startsWith = (b: Uint8Array, magic: number[]) => magic.every((m, i) => b[i] === m)

export const uploadRefused = (code: string, zh: string, en: string) =>
  new DomainError('BAD_INPUT', `UPLOAD.${code}`, `${zh} ${en}`, { field: 'contentBase64' })

/** What the file is, judged by its first bytes; refuses empty, too large, legacy .xls and binary files. */
export function sniffUpload(bytes: Uint8Array, maxBytes = MAX_SPREADSHEET_BYTES): UploadKind {
  if (bytes.length === 0) throw uploadRefused('EMPTY', '文件是空的。', 'The file is empty.')
  if (bytes.length > maxBytes) {
    const mb = Math.round(maxBytes / 1024 / 1024)
    throw uploadRefused('TOO_LARGE', `文件超过 ${mb} MB。`, `The file is larger than ${mb} MB.`)
  }
  if (startsWith(bytes, ZIP)) return 'xlsx'
  if (startsWith(bytes, OLE))
    throw uploadRefused(
      'LEGACY_XLS',
      '不支持旧版 .xls 文件，请另存为 .xlsx 或 CSV。',
      'Legacy .xls files are not supported: save as .xlsx or CSV.',
    )
  if (bytes.subarray(0, 4096).includes(0))
    throw uploadRefused('BINARY', '这不是 CSV 或 XLSX 文件。', 'This is neither a CSV nor an XLSX file.')
  return 'csv'
}

type Decoder = { decode(b: Uint8Array): string }
type DecoderClass = new (label: string, opts: { fatal: boolean }) => Decoder
// TextDecoder is a web standard present in browsers and Node (GB18030 needs full ICU, Node's default).
const decoder = (label: string): Decoder =>
  new (globalThis as unknown as { TextDecoder: DecoderClass }).TextDecoder(label, { fatal: true })

const tryDecode = (label: string, b: Uint8Array): string | null => {
  try {
    return decoder(label).decode(b)
  } catch {
    return null
  }
}

// Text never holds C0 controls other than tab and line breaks: their presence means a wrong guess.
const plausible = (s: string) => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return false
  }
  return true
}

/** CSV bytes as text: UTF-8 with a BOM, UTF-8, else GB18030; anything else is refused. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]))
    throw uploadRefused(
      'UTF16',
      'CSV 不能是 UTF-16（“Unicode 文本”），请另存为“CSV UTF-8”。',
      'CSV must not be UTF-16 ("Unicode text"): save as "CSV UTF-8".',
    )
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = tryDecode('utf-8', bytes.subarray(3))
    if (text !== null && plausible(text)) return { text, encoding: 'utf-8-bom' }
  } else {
    const utf8 = tryDecode('utf-8', bytes)
    if (utf8 !== null && plausible(utf8)) return { text: utf8, encoding: 'utf-8' }
    const gb = tryDecode('gb18030', bytes)
    if (gb !== null && plausible(gb)) return { text: gb, encoding: 'gb18030' }
  }
  throw uploadRefused(
    'ENCODING',
    '无法识别 CSV 的编码：请另存为“CSV UTF-8”或 GB18030/GBK 编码的 CSV。',
    'The CSV encoding is not recognised: save it as "CSV UTF-8" or as GB18030/GBK.',
  )
}

/** The cells of a CSV upload, with the formula protection our exports add taken off again. */
export function csvUploadRows(bytes: Uint8Array): { rows: string[][]; encoding: CsvEncoding } {
  const { text, encoding } = decodeCsvBytes(bytes)
  return { rows: parseCsvRows(text).map((r) => r.map(unprotectCell)), encoding }
}
