import { describe, expect, it } from 'vitest'
import { businessDateSchema, isRealDate } from './business-date.schema'
import { CHINA_TIME_ZONE, chinaClockTime, chinaDate, chinaDateTime, isIsoDate } from './china-time'
import { parseCsvRows } from './csv'
import { DomainError } from './errors'
import { canonicalRequest, idempotencyKeyOf } from './idempotency'
import { mulHalfUp } from './money'
import { cursorSchema, NO_DEADLINE, offsetOf, pageInputSchema } from './paging'
import { nulBytePath } from './text'
import { decodeCsvBytes, MAX_SPREADSHEET_BYTES, sniffUpload } from './upload'

const ID = '4a9f8b4f-2d35-4bbf-bc7f-94f0aa0c1d2e'
const firstPath = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.success ? 'ok' : r.error!.issues[0]!.path.join('.')

describe('business dates at their limits', () => {
  it.each([
    ['1900-01-01', true],
    ['1899-12-31', false],
    ['2999-12-31', true],
    ['3000-01-01', false],
    ['2026-01-01', true],
    ['2026-12-31', true],
    ['2026-00-10', false],
    ['2026-13-01', false],
    ['2026-01-00', false],
    ['2026-01-31', true],
    ['2026-04-31', false],
    ['2026-02-29', false],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['x2026-10-01', false],
    ['12026-10-01', false],
    ['2026-10-011', false],
  ])('%s is real: %s', (s, ok) => {
    expect(isRealDate(s)).toBe(ok)
    expect(businessDateSchema.safeParse(s).success).toBe(ok)
  })
  it('trims around the date', () => {
    expect(businessDateSchema.parse(' 2026-10-01 ')).toBe('2026-10-01')
  })
  it.each([
    ['2026-10-01', true],
    ['12026-10-01', false],
    ['2026-10-011', false],
    ['2026-00-10', false],
    ['2026-13-01', false],
    ['2026-01-00', false],
    ['2026-04-31', false],
    ['2026-04-30', true],
  ])('isIsoDate(%s) = %s', (s, ok) => {
    expect(isIsoDate(s)).toBe(ok)
  })
})

describe('China time zone', () => {
  it.each([
    '2026-11-23T15:59:59.999Z',
    '2026-11-23T16:00:00.000Z',
    '2026-06-30T23:30:00.000Z',
    '2026-01-01T00:00:00.000Z',
  ])('the named zone agrees with the fixed offset at %s', (s) => {
    const at = new Date(s)
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: CHINA_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(at)
    const get = (t: string) => parts.find((p) => p.type === t)!.value
    expect(`${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`).toBe(
      chinaDateTime(at),
    )
  })
  it('shows the clock time in China', () => {
    expect(chinaClockTime(new Date('2026-11-23T16:05:00Z'))).toBe('00:05')
    expect(chinaDate(new Date('2026-11-23T16:05:00Z'))).toBe('2026-11-24')
  })
})

describe('CSV rows at their edges', () => {
  it.each([
    ['a quote inside an unquoted cell is text', 'ab"c,d\n', [['ab"c', 'd']]],
    ['a blank line between rows is an empty row', 'a\n\nb\n', [['a'], [''], ['b']]],
    ['lone carriage returns end rows', 'a\rb,c\r', [['a'], ['b', 'c']]],
    [
      'a last row without a line break',
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a last row ending in an empty cell',
      'x,\ny,',
      [
        ['x', ''],
        ['y', ''],
      ],
    ],
    ['nothing', '', []],
  ])('%s', (_n, text, rows) => {
    expect(parseCsvRows(text)).toEqual(rows)
  })
})

describe('idempotency keys and requests', () => {
  it.each([null, undefined, 'k', 7, true])('no key in %j', (input) => {
    expect(idempotencyKeyOf(input)).toBeNull()
  })
  it('keeps lists as lists, leaves out only the named key, and writes nothing as null', () => {
    expect(canonicalRequest({ lines: [{ b: 1, a: 2 }, 3], clientRequestId: 'c' }, 'clientRequestId')).toBe(
      '{"lines":[{"a":2,"b":1},3]}',
    )
    expect(canonicalRequest({ clientRequestId: 'c', a: 1 })).toBe('{"a":1,"clientRequestId":"c"}')
    expect(canonicalRequest(undefined)).toBe('null')
  })
})

describe('money arithmetic refuses what it cannot do exactly', () => {
  it.each([
    ['fractional fen', () => mulHalfUp(1.5, 2), /integers only/],
    ['a fractional numerator', () => mulHalfUp(100, 1.5), /integers only/],
    ['a fractional denominator', () => mulHalfUp(100, 3, 1.5), /integers only/],
    ['a zero denominator', () => mulHalfUp(100, 3, 0), /denominator must be positive/],
    ['a negative denominator', () => mulHalfUp(100, 3, -2), /denominator must be positive/],
  ])('%s', (_n, f, message) => {
    expect(f).toThrow(RangeError)
    expect(f).toThrow(message)
  })
  it('zero stays zero', () => {
    expect(mulHalfUp(0, 3, 2)).toBe(0)
    expect(mulHalfUp(1000, 0)).toBe(0)
  })
})

describe('paging input', () => {
  it.each([
    [{}, 'ok'],
    [{ page: 1, pageSize: 1 }, 'ok'],
    [{ page: 0 }, 'page'],
    [{ page: 2.5 }, 'page'],
    [{ pageSize: 200 }, 'ok'],
    [{ pageSize: 201 }, 'pageSize'],
    [{ pageSize: 0 }, 'pageSize'],
    [{ q: 'q'.repeat(100) }, 'ok'],
    [{ q: 'q'.repeat(101) }, 'q'],
    [{ q: ` ${'q'.repeat(100)} ` }, 'ok'],
  ])('%j → %s', (input, path) => {
    expect(firstPath(pageInputSchema.safeParse(input))).toBe(path)
  })
  it('fills in the defaults and trims the search', () => {
    expect(pageInputSchema.parse({})).toEqual({ page: 1, pageSize: 20 })
    expect(pageInputSchema.parse({ page: 3, pageSize: 50, q: ' 异响 ' })).toEqual({
      page: 3,
      pageSize: 50,
      q: '异响',
    })
  })
  it.each([
    [{ page: 1, pageSize: 20 }, 0],
    [{ page: 2, pageSize: 20 }, 20],
    [{ page: 5, pageSize: 50 }, 200],
  ])('offset of %j is %i', (p, offset) => {
    expect(offsetOf(p)).toBe(offset)
  })
  it.each([
    [`x2026-11-24T02:00:00.000Z~${ID}`, false],
    [`~${ID}0`, false],
  ])('cursor %s accepted: %s', (c, ok) => {
    expect(cursorSchema.safeParse(c).success).toBe(ok)
  })
  it('"no deadline" sorts after every real deadline', () => {
    expect(NO_DEADLINE.getTime()).toBeGreaterThan(new Date('2999-12-31T23:59:59.999Z').getTime())
  })
})

describe('NUL characters anywhere in an input', () => {
  const nest = (levels: number, leaf: unknown): unknown =>
    levels === 0 ? leaf : { a: nest(levels - 1, leaf) }
  it.each([
    ['undefined fields', { a: undefined, b: [undefined] }, null],
    ['a NUL in a key', { 'bad\u0000key': 1 }, 'bad\\0key'],
    ['a NUL in a nested key', { lines: [{ 'n\u0000': 'x' }] }, 'lines.0.n\\0'],
    ['33 levels deep: still found', nest(33, '\u0000'), Array(33).fill('a').join('.')],
    ['34 levels deep: past the limit, not walked', nest(34, '\u0000'), null],
  ])('%s', (_n, input, path) => {
    expect(nulBytePath(input)).toBe(path)
  })
  it('a cyclic input ends', () => {
    const o: Record<string, unknown> = { x: 'ok' }
    o.self = o
    expect(nulBytePath(o)).toBeNull()
  })
})

describe('uploads refused, said in Chinese and English', () => {
  const refusal = (f: () => unknown) => {
    try {
      f()
    } catch (e) {
      if (e instanceof DomainError) return e
    }
    throw new Error('not refused')
  }
  const bytes = (...b: number[]) => Uint8Array.from(b)
  const utf8 = (s: string) => new TextEncoder().encode(s)
  it.each([
    ['an empty file', () => sniffUpload(new Uint8Array()), 'UPLOAD.EMPTY'],
    ['a legacy .xls', () => sniffUpload(bytes(0xd0, 0xcf, 0x11, 0xe0, 1)), 'UPLOAD.LEGACY_XLS'],
    ['a binary file', () => sniffUpload(bytes(0x41, 0, 0x42)), 'UPLOAD.BINARY'],
    ['UTF-16 little-endian', () => decodeCsvBytes(bytes(0xff, 0xfe, 0x41, 0)), 'UPLOAD.UTF16'],
    ['UTF-16 big-endian', () => decodeCsvBytes(bytes(0xfe, 0xff, 0, 0x41)), 'UPLOAD.UTF16'],
    ['control characters', () => decodeCsvBytes(utf8('a,\u0001b')), 'UPLOAD.ENCODING'],
    ['DEL', () => decodeCsvBytes(utf8('a,\u007fb')), 'UPLOAD.ENCODING'],
    [
      'control characters after a BOM',
      () => decodeCsvBytes(bytes(0xef, 0xbb, 0xbf, 0x41, 0x02)),
      'UPLOAD.ENCODING',
    ],
  ])('%s', (_n, f, code) => {
    const e = refusal(f)
    expect(e).toMatchObject({ kind: 'BAD_INPUT', code, field: 'contentBase64' })
    const [zh, ...en] = e.message.split(/(?<=[。）”])\s/)
    expect(zh).toMatch(/\p{Script=Han}/u)
    expect(en.join(' ')).toMatch(/^[A-Z][\x20-\x7e]+\.$/)
  })

  it('tabs and line breaks are text, not a wrong guess', () => {
    expect(decodeCsvBytes(utf8('a\tb\r\nc\n'))).toEqual({ text: 'a\tb\r\nc\n', encoding: 'utf-8' })
  })

  it('takes exactly 10 MB, refuses one byte more, and says the limit in MB', () => {
    expect(MAX_SPREADSHEET_BYTES).toBe(10 * 2 ** 20)
    const file = new Uint8Array(MAX_SPREADSHEET_BYTES + 1).fill(0x41)
    expect(sniffUpload(file.subarray(0, MAX_SPREADSHEET_BYTES))).toBe('csv')
    const e = refusal(() => sniffUpload(file))
    expect(e.code).toBe('UPLOAD.TOO_LARGE')
    expect(e.message).toBe('文件超过 10 MB。 The file is larger than 10 MB.')
    expect(refusal(() => sniffUpload(new Uint8Array(3 * 2 ** 20 + 1), 3 * 2 ** 20)).message).toContain(
      ' 3 MB',
    )
  })
})
