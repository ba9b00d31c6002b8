import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeCell, toCsv, unprotectCell } from './csv'
import { DomainError } from './errors'
import { csvUploadRows, decodeCsvBytes, sniffUpload } from './upload'

const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => Number.parseInt(b, 16)))
const utf8 = (s: string) => new TextEncoder().encode(s)
const codeOf = (f: () => unknown) => {
  try {
    f()
    return 'OK'
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e)
  }
}
// "配件编号,前大灯总成,€,𠀀,ä" as Excel on a Chinese Windows saves it (GB18030, with a 4-byte character).
const GB18030 = hex('c5e4bcfeb1e0bac52cc7b0b4f3b5c6d7dcb3c92ca2e32c953282362c81308a31')

describe('what an upload is, judged by its bytes', () => {
  it.each([
    ['an XLSX (zip) file whatever its name', hex('504b030414000600'), 'xlsx'],
    ['plain text', utf8('a,b\n'), 'csv'],
    ['nothing', new Uint8Array(), 'UPLOAD.EMPTY'],
    ['a legacy .xls', hex('d0cf11e0a1b11ae1'), 'UPLOAD.LEGACY_XLS'],
    ['a binary file', hex('89504e470d0a1a0a0000'), 'UPLOAD.BINARY'],
    ['a file over the limit', new Uint8Array(11), 'UPLOAD.TOO_LARGE'],
  ])('%s', (_, bytes, expected) => {
    const kind = () => sniffUpload(bytes, 10)
    expect(['xlsx', 'csv'].includes(expected) ? kind() : codeOf(kind)).toBe(expected)
  })
})

describe('the encoding of a CSV', () => {
  it.each([
    ['UTF-8 with a BOM', hex(`efbbbf${Buffer.from('配件,ä').toString('hex')}`), '配件,ä', 'utf-8-bom'],
    ['UTF-8', utf8('配件,ä'), '配件,ä', 'utf-8'],
    ['GB18030 (GBK and the 4-byte planes)', GB18030, '配件编号,前大灯总成,€,𠀀,ä', 'gb18030'],
    ['ASCII', utf8('code,name'), 'code,name', 'utf-8'],
  ])('reads %s', (_, bytes, text, encoding) => {
    expect(decodeCsvBytes(bytes)).toEqual({ text, encoding })
  })

  it.each([
    ['Latin-1 ("café, naïve")', hex('636166e92c206e61ef7665')],
    ['UTF-16 ("Unicode text")', hex('fffe61002c006200')],
    ['a BOM before bytes that are not UTF-8', hex('efbbbfc5e4bcfe')],
  ])('refuses %s with a message that says how to save it', (_, bytes) => {
    expect(() => decodeCsvBytes(bytes)).toThrow(/UTF-8/)
  })

  it('UTF-8 with and without a BOM read the same, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const plain = utf8(s)
        const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain])
        const read = (b: Uint8Array) => {
          try {
            return decodeCsvBytes(b).text
          } catch {
            return null
          }
        }
        expect(read(bom)).toBe(read(plain))
      }),
    )
  })
})

describe('formula protection', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['-5', "'-5"],
    ["'=already quoted", "''=already quoted"],
    ["it's", "it's"],
    ['plain', 'plain'],
  ])('%s is written as %s', (value, written) => {
    expect(safeCell(value)).toBe(written)
    expect(unprotectCell(written)).toBe(value)
  })

  it('is undone on import exactly where the export added it', () => {
    fc.assert(
      fc.property(fc.string(), (v) => {
        expect(unprotectCell(safeCell(v))).toBe(v)
      }),
    )
  })

  it('any cells survive export → import as CSV, formula signs and all', () => {
    const cell = fc.string({ unit: fc.constantFrom(...'=+-@\'",\r\n\t a中文'.split('')), maxLength: 8 })
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 6 }), (rows) => {
        // A row of one empty cell is a blank line; keep every row non-blank as imports would.
        const kept = rows.map((r) => [...r, 'x'])
        expect(csvUploadRows(utf8(toCsv(kept))).rows).toEqual(kept)
      }),
    )
  })
})
