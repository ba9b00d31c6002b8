import { z } from 'zod'

/** Money is integer fen (分). 1 yuan = 100 fen. Never a float. */
export const fenSchema = z.number().int('amount must be whole fen').safe()
export const nonNegativeFenSchema = fenSchema.nonnegative('amount must not be negative')
export type Fen = number

/**
 * Multiply fen by a decimal factor given as a rational (numerator/denominator) and round half-up to
 * the fen. Rationals keep the arithmetic exact: 1.5 h × 8 000 fen = mulHalfUp(8000, 3, 2).
 */
export function mulHalfUp(fen: Fen, numerator: number, denominator = 1): Fen {
  if (!Number.isInteger(fen) || !Number.isInteger(numerator) || !Number.isInteger(denominator)) {
    throw new RangeError('mulHalfUp takes integers only')
  }
  if (denominator <= 0) throw new RangeError('denominator must be positive')
  const product = BigInt(fen) * BigInt(numerator)
  const d = BigInt(denominator)
  const negative = product < 0n
  const abs = negative ? -product : product
  const q = abs / d
  const r = abs % d
  const rounded = r * 2n >= d ? q + 1n : q
  return Number(negative ? -rounded : rounded)
}

/** Format fen as yuan for display, e.g. 123456 → "¥1,234.56". */
export function formatFen(fen: Fen, locale = 'zh-CN'): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100)
  const cents = String(abs % 100).padStart(2, '0')
  return `${sign}¥${yuan.toLocaleString(locale)}.${cents}`
}

/** Parse a yuan string typed by a person ("1,234.5") into fen; undefined when it is not money. */
export function parseYuan(text: string): Fen | undefined {
  const clean = text.replace(/[,\s¥]/g, '')
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(clean)
  if (!m) return undefined
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'))
  return m[1] ? -fen : fen
}
