import { chinaDate, chinaMonth } from '@asq/domain'
import fc from 'fast-check'
import { z } from 'zod'

/**
 * Valid inputs for a procedure, generated from its zod schema: the schema becomes JSON Schema
 * (`z.toJSONSchema`, input side) and the JSON Schema a fast-check arbitrary. It covers the keywords our
 * inputs use (objects, arrays, strings with lengths/patterns/formats, integers and numbers with bounds,
 * enums, consts, unions, nullables, booleans); refinements the JSON Schema cannot say are left to the
 * caller, who keeps only samples the schema itself accepts.
 */
type Json = Record<string, unknown>

const PATTERN_FALLBACK = fc.string({ minLength: 1, maxLength: 12 })
const realDate = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })

function stringArbitrary(s: Json): fc.Arbitrary<string> {
  const min = (s.minLength as number | undefined) ?? 0
  const max = Math.min((s.maxLength as number | undefined) ?? Math.max(min, 24), Math.max(min, 40))
  if (s.format === 'uuid') return fc.uuid({ version: 4 })
  if (s.format === 'email') return fc.emailAddress()
  if (s.format === 'date-time') return realDate.map((d) => d.toISOString())
  if (s.format === 'date') return realDate.map(chinaDate)
  // Dates and months written as digits: generate real ones (a pattern alone yields month 73).
  if (typeof s.pattern === 'string' && s.pattern.includes('\\d{4}-\\d{2}-\\d{2}'))
    return realDate.map(chinaDate)
  if (typeof s.pattern === 'string' && /^\^\\d\{4\}-\\d\{2\}\$$/.test(s.pattern))
    return realDate.map(chinaMonth)
  if (typeof s.pattern === 'string') {
    try {
      return fc
        .stringMatching(new RegExp(s.pattern))
        .filter((x) => x.length >= min && x.length <= ((s.maxLength as number) ?? Infinity))
    } catch {
      return PATTERN_FALLBACK
    }
  }
  // Readable text: letters, digits and Chinese, so a valid sample is plausibly valid for refinements too.
  const char = fc.constantFrom(...'abcdefxyz0123456789 服务站配件投诉'.split(''))
  return fc
    .array(char, { minLength: Math.max(min, 1), maxLength: Math.max(max, 1) })
    .map((cs) => cs.join('').trim() || 'a')
}

function numberArbitrary(s: Json, integer: boolean): fc.Arbitrary<number> {
  const lo = (s.minimum as number | undefined) ?? ((s.exclusiveMinimum as number | undefined) ?? -1) + 1
  const hi = Math.min(
    (s.maximum as number | undefined) ?? ((s.exclusiveMaximum as number | undefined) ?? 10_001) - 1,
    lo + 10_000,
  )
  return integer
    ? fc.integer({ min: Math.ceil(lo), max: Math.floor(Math.max(lo, hi)) })
    : fc.double({ min: lo, max: Math.max(lo, hi), noNaN: true, noDefaultInfinity: true })
}

function arbitraryOf(s: Json): fc.Arbitrary<unknown> {
  if ('const' in s) return fc.constant(s.const)
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]))
  const union = (s.anyOf ?? s.oneOf) as Json[] | undefined
  if (union) return fc.oneof(...union.map(arbitraryOf))
  switch (s.type) {
    case 'string':
      return stringArbitrary(s)
    case 'integer':
      return numberArbitrary(s, true)
    case 'number':
      return numberArbitrary(s, false)
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'array': {
      const min = (s.minItems as number | undefined) ?? 0
      const max = Math.min((s.maxItems as number | undefined) ?? min + 2, min + 2)
      return fc.array(arbitraryOf((s.items as Json) ?? {}), { minLength: min, maxLength: Math.max(min, max) })
    }
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, Json>
      const required = new Set((s.required as string[] | undefined) ?? [])
      const record: Record<string, fc.Arbitrary<unknown>> = {}
      for (const [k, v] of Object.entries(props)) record[k] = arbitraryOf(v)
      // Optional fields are present more often than not, so their text gets exercised too.
      return fc.record(record, { requiredKeys: [...Object.keys(props).filter((k) => required.has(k))] })
    }
    default:
      return fc.constant(undefined)
  }
}

/** Up to `count` inputs that the schema itself accepts (JSON Schema cannot express refinements). */
export function validSamples(schema: z.ZodType, count: number, seed: number): unknown[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json
  const candidates = fc.sample(arbitraryOf(json), { seed, numRuns: count * 25 })
  const valid: unknown[] = []
  for (const c of candidates) {
    if (schema.safeParse(c).success) valid.push(c)
    if (valid.length === count) break
  }
  return valid
}
