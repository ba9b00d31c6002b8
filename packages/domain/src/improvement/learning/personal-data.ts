import { normalisePlate } from '../../complaint'

/**
 * Anonymisation of teaching cases (issue 18): a published case must not name its customer, nor carry
 * their phone number, their plate or the VIN — in any formatting a handler might type.
 */
export const PERSONAL_DATA_KINDS = ['name', 'phone', 'plate', 'vin'] as const
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number]

/** What identifies the case's customer; any of it may be unknown. */
export type PersonalData = {
  name: string | null
  phone: string | null
  plate: string | null
  vin: string | null
}

/** One leak: which personal datum, and where in the text (UTF-16 index and length, as JS strings count). */
export type PersonalDataFinding = { kind: PersonalDataKind; index: number; length: number }

/** Characters a number or plate may be typed with inside it: spaces, dashes, dots, brackets, a plus. */
const SEPARATOR = /[\s\-‐‑–—_.·•/()（）+]/u
/** The last digits of a mobile number that identify it on their own (a number typed without 138…). */
const PHONE_TAIL = 8
/** A name shorter than this (one character) would match everywhere; it is not searched. */
const MIN_NAME = 2

/** Full-width digits and letters (０-９, Ａ-Ｚ, ａ-ｚ) read as their ASCII forms; one code unit each. */
function halfWidth(ch: string): string {
  const code = ch.charCodeAt(0)
  return code >= 0xff10 && code <= 0xff5a ? String.fromCharCode(code - 0xfee0) : ch
}

/** The text without separators, upper-cased, with each kept character's index in the original. */
function compact(text: string): { chars: string; at: number[] } {
  let chars = ''
  const at: number[] = []
  for (let i = 0; i < text.length; i++) {
    const ch = halfWidth(text[i]!)
    if (SEPARATOR.test(ch)) continue
    chars += ch.toUpperCase()
    at.push(i)
  }
  return { chars, at }
}

/**
 * A name as it may be written: whole, and each of its scripts alone — a profile often holds both
 * (李娜 Li Na) while a text uses one. A Chinese part needs 2 characters, a Latin one 4 letters.
 */
function nameForms(name: string): string[] {
  const whole = compact(name).chars
  const han = name.match(/\p{Script=Han}{2,}/gu) ?? []
  const latin = compact(name.replace(/\p{Script=Han}/gu, ' ')).chars
  const forms = [whole, ...han, ...(/^[A-Z]{4,}$/.test(latin) ? [latin] : [])]
  return [...new Set(forms.filter((f) => f.length >= MIN_NAME))].sort((a, b) => b.length - a.length)
}

/**
 * What is searched for each datum in the compact form, the longest form first: a phone in full or by
 * its last 8 digits, a plate with or without its province.
 */
function needles(p: PersonalData): [PersonalDataKind, string[]][] {
  const out: [PersonalDataKind, string[]][] = []
  if (p.name) out.push(['name', nameForms(p.name)])
  const digits = (p.phone ?? '').replace(/\D/g, '')
  // The number's last 8 digits are in any typing of it: with +86, with spaces or dashes, in full.
  if (digits.length > PHONE_TAIL) out.push(['phone', [digits, digits.slice(-PHONE_TAIL)]])
  else if (digits.length >= 5) out.push(['phone', [digits]])
  const plate = p.plate ? normalisePlate(p.plate) : ''
  if (plate.length >= 6) out.push(['plate', /^[A-Z0-9]/.test(plate) ? [plate] : [plate, plate.slice(1)]])
  const vin = p.vin ? compact(p.vin).chars : ''
  if (vin.length >= 8) out.push(['vin', [vin]])
  return out
}

/** Every occurrence of a needle in the compact text, as spans of the original text. */
function occurrences(c: { chars: string; at: number[] }, needle: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  for (let from = c.chars.indexOf(needle); from >= 0; from = c.chars.indexOf(needle, from + 1))
    out.push({ start: c.at[from]!, end: c.at[from + needle.length - 1]! + 1 })
  return out
}

/**
 * Where the text names the customer or carries their phone, plate or VIN: every occurrence, in text
 * order (a shorter form inside a longer one's match counts once). Pure; runs on the server before
 * publishing and in the editor beside the text.
 */
export function findPersonalData(text: string, personal: PersonalData): PersonalDataFinding[] {
  const c = compact(text)
  const found: PersonalDataFinding[] = []
  for (const [kind, forms] of needles(personal)) {
    const spans: { start: number; end: number }[] = []
    for (const form of forms)
      for (const o of occurrences(c, form))
        if (!spans.some((s) => o.start < s.end && s.start < o.end)) spans.push(o)
    for (const s of spans) found.push({ kind, index: s.start, length: s.end - s.start })
  }
  return found.sort(
    (a, b) => a.index - b.index || PERSONAL_DATA_KINDS.indexOf(a.kind) - PERSONAL_DATA_KINDS.indexOf(b.kind),
  )
}

/** What a masked datum reads as in a pre-filled draft. */
export const PERSONAL_DATA_MASK: Record<PersonalDataKind, string> = {
  name: '某客户',
  phone: '***',
  plate: '***',
  vin: '***',
}

/** The text with every occurrence of the customer's data replaced by its mask (overlaps merged). */
export function maskPersonalData(text: string, personal: PersonalData): string {
  let out = text
  // A mask never forms a new match, but a merge of two spans could shift one: check again (bounded).
  for (let round = 0; round < 4; round++) {
    const found = findPersonalData(out, personal)
    if (!found.length) return out
    const spans: { start: number; end: number; kind: PersonalDataKind }[] = []
    for (const f of found) {
      const last = spans.at(-1)
      if (last && f.index < last.end) last.end = Math.max(last.end, f.index + f.length)
      else spans.push({ start: f.index, end: f.index + f.length, kind: f.kind })
    }
    for (const s of spans.reverse())
      out = out.slice(0, s.start) + PERSONAL_DATA_MASK[s.kind] + out.slice(s.end)
  }
  return out
}
