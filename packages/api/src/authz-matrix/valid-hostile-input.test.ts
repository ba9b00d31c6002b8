import { testDatabases } from '@asq/db/testing'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { errorData } from '../errors'
import { appRouter } from '../root'
import { createHarness, type Harness } from '../testing/harness'
import { validSamples } from '../testing/zod-arbitrary'
import { admitted, procedureAt, sessionOf } from './admitted'
import {
  BOUNDARY_NUMBERS,
  hostileTexts,
  IMPOSSIBLE_DATES,
  leaves,
  looksLikeDate,
  type Replacement,
  replaced,
} from './hostile-values'
import { createFixture, type Fixture, PRINCIPALS, type Principal } from './principals'
import { MATRIX } from './rows'

/**
 * Hostile values inside otherwise valid payloads. For every mutation, the valid input is its matrix
 * row's (real records of the caller's own tenant, made afresh for every payload, so the handler gets
 * past "not found" and stale versions and really stores what it accepts), or, where the row has none
 * for the admitted principal, one generated from its zod schema (fast-check through JSON Schema); then one field at a time is replaced: text by NUL,
 * 100 000 characters, SQL, HTML, bidi overrides, emoji and spreadsheet formulas; numbers by boundary
 * values; dates by impossible ones. Each answer must be a typed error naming the replaced field (or the
 * same refusal the untouched input got), or a success — and then the text is stored exactly as given
 * (checked across every table at the end). Never a 500. The count of payloads that passed validation
 * and so reached the handler is printed per procedure.
 */
type Procedure = { _def: { type: string; inputs: z.ZodType[] } }
const MUTATIONS = Object.entries(appRouter._def.procedures as unknown as Record<string, Procedure>)
  .filter(([, p]) => p._def.type === 'mutation' && p._def.inputs.length === 1)
  .sort(([a], [b]) => a.localeCompare(b))
/** Enough fields per procedure to cover its text, few enough to keep the file under a few minutes. */
const MAX_LEAVES = 14

type Answer = { ok: true } | { ok: false; code: string; fields: string[] }
type Reached = { path: string; principal: Principal | null; payloads: number; reached: number; note: string }
const seedOf = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7)
const dotted = (path: (string | number)[]) => path.join('.')
/** An error names the field when one of its fields is the replaced path, its parent or its last key. */
const names = (fields: string[], path: (string | number)[]) => {
  const p = dotted(path)
  const last = String(path.at(-1))
  return fields.some((f) => f === p || f === last || p.startsWith(`${f}.`) || f.startsWith(`${p}.`))
}

describe.each(testDatabases().slice(0, 1))('hostile values inside valid payloads on $name', (target) => {
  let h: Harness
  let fx: Fixture
  const tokens = new Map<Principal, string | null>()
  const report: Reached[] = []
  const accepted: { path: string; field: string; kind: string; text: string; marker: string }[] = []
  let markers = 0
  const tokenFor = (p: Principal) => sessionOf(h, p)

  async function call(path: string, p: Principal, input: unknown): Promise<Answer> {
    const token = MATRIX[path]!.freshSession ? await tokenFor(p) : tokens.get(p)!
    const procedure = procedureAt(await h.as(token), path)
    try {
      await procedure(input)
      return { ok: true }
    } catch (e) {
      if (!(e instanceof TRPCError)) throw e
      return { ok: false, code: e.code, fields: Object.keys(errorData(e).data.fieldErrors ?? {}) }
    }
  }

  beforeAll(async () => {
    h = await createHarness(target)
    fx = createFixture(h)
    for (const p of PRINCIPALS) tokens.set(p, await tokenFor(p))
  })
  afterAll(async () => {
    const width = Math.max(...report.map((r) => r.path.length))
    console.info(
      [
        'valid-but-hostile payloads per mutation (reached the handler / sent):',
        ...report.map(
          (r) =>
            `  ${r.path.padEnd(width)}  ${String(r.reached).padStart(4)} / ${String(r.payloads).padEnd(4)} ${r.principal ?? ''} ${r.note}`,
        ),
        `  total: ${report.reduce((s, r) => s + r.reached, 0)} reached of ${report.reduce((s, r) => s + r.payloads, 0)} sent, ${accepted.length} hostile texts accepted`,
      ].join('\n'),
    )
    await h.close()
  })

  for (const [path, procedure] of MUTATIONS) {
    it(`${path}: a typed error naming the field, or the value taken as given — never a 500`, async () => {
      const schema = procedure._def.inputs[0]!
      const p = admitted(path)
      const row: Reached = { path, principal: p, payloads: 0, reached: 0, note: '' }
      report.push(row)
      if (p === null) {
        row.note = '(nobody is admitted)'
        return
      }
      // A fresh valid input of the caller's own records (a new complaint, claim, …) for every payload.
      const own = async () => {
        try {
          return await MATRIX[path]!.input(fx, p, 'own')
        } catch {
          return undefined // the row's fixture needs another principal: generated inputs only
        }
      }
      const [generated] = validSamples(schema, 1, seedOf(path))
      const first = await own()
      const fresh = first === undefined ? async () => generated : own
      const base = first ?? generated
      if (base === undefined) {
        row.note = '(no valid input generated: its refinements)'
        return
      }
      if (first === undefined) row.note = '(generated input)'
      const baseline = await call(path, p, base)
      const problems: string[] = []
      for (const leaf of leaves(base).slice(0, MAX_LEAVES)) {
        const reps: Replacement[] =
          typeof leaf.value === 'number'
            ? BOUNDARY_NUMBERS
            : [
                ...hostileTexts(`h${++markers}q`),
                ...(looksLikeDate(String(leaf.value)) ? IMPOSSIBLE_DATES : []),
              ]
        for (const r of reps) {
          const payload = replaced(await fresh(), leaf.path, r.value)
          row.payloads++
          if (schema.safeParse(payload).success) row.reached++
          const answer = await call(path, p, payload)
          const where = `${dotted(leaf.path)} ← ${r.kind}`
          if (answer.ok) {
            if (r.marker && typeof r.value === 'string')
              accepted.push({ path, field: dotted(leaf.path), kind: r.kind, text: r.value, marker: r.marker })
            continue
          }
          if (answer.code === 'INTERNAL_SERVER_ERROR') problems.push(`${where}: 500`)
          else if (
            answer.code === 'BAD_REQUEST' &&
            !names(answer.fields, leaf.path) &&
            !(baseline.ok === false && baseline.code === 'BAD_REQUEST')
          )
            problems.push(`${where}: BAD_REQUEST naming [${answer.fields.join(', ')}], not the field`)
        }
      }
      expect(problems, `${path} as ${p}`).toEqual([])
      // Hundreds of calls for a procedure with many fields (a policy, a template): more than the default
      // minute when the machine is shared.
    }, 180_000)
  }

  it('stores every accepted hostile text exactly as given: never cut, stripped or re-encoded', async () => {
    const client = (h.db as unknown as { $client: { query(q: string): Promise<{ rows: unknown[] }> } })
      .$client
    const tables = (
      await client.query(
        "select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
      )
    ).rows.map((r) => (r as { t: string }).t)
    const texts: string[] = []
    for (const t of tables)
      for (const r of (await client.query(`select to_jsonb(x)::text as j from "${t}" x`)).rows)
        texts.push((r as { j: string }).j)
    const altered: string[] = []
    let stored = 0
    for (const a of accepted) {
      const holding = texts.filter((j) => j.includes(a.marker))
      if (!holding.length) continue
      stored++
      const exact = JSON.stringify(a.text).slice(1, -1)
      if (!holding.some((j) => j.includes(exact))) altered.push(`${a.path} ${a.field} (${a.kind})`)
    }
    console.info(
      `hostile texts accepted: ${accepted.length}; found stored: ${stored}; altered: ${altered.length}`,
    )
    expect(altered).toEqual([])
  })
})
