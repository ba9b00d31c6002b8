import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * Issue 12, defect 2: every value the admin's audit log and outbox can show — each audit action, object
 * type and outbox message type the server writes — has a Chinese and an English label. The values are
 * read from the server's sources (literal strings, the two sides of a ternary, and the few actions built
 * from a vocabulary), so a new one without a label fails here instead of showing up as "auth.login".
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const SOURCES = ['packages/api/src', 'packages/db/src']

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return filesUnder(path)
    return name.endsWith('.ts') && !/\.test(-data)?\.ts$|\.test-data\.ts$|testing/.test(path) ? [path] : []
  })
}
const texts = SOURCES.flatMap((d) => filesUnder(join(root, d))).map((f) => ({
  file: f,
  text: readFileSync(f, 'utf8'),
}))

/** The string literals a property is set to: `name: 'x'` and `name: cond ? 'x' : 'y'`. */
function valuesOf(name: string, text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(new RegExp(`\\b${name}: '([\\w.]+)'`, 'g'))) out.push(m[1]!)
  for (const m of text.matchAll(new RegExp(`\\b${name}: [\\w.!]+ \\? '([\\w.]+)' : '([\\w.]+)'`, 'g')))
    out.push(m[1]!, m[2]!)
  return out
}

/** Actions built at run time from a vocabulary: the template as written → the values it can take. */
const { commandInputs } = await import(join(root, 'packages/domain/src/complaint/complaint.schema.ts'))
/** The steps a complaint's audit action names: each command, and the few the routers name themselves. */
const COMPLAINT_STEPS = [
  ...Object.keys(commandInputs),
  'attach',
  'parts_confirmed',
  'parts_shipped',
  'parts_received',
  'tech_answered',
  'compensation_decided',
  'customer_confirm_solved',
  'customer_confirm_not_solved',
  // Assignment (issue 17): complaint.assignment.ts
  'assign_owner',
  'take',
  'hand_over',
  'owner_cleared',
  'customer_replied',
]
const DYNAMIC: Record<string, string[]> = {
  'complaint.${action}': COMPLAINT_STEPS.map((s) => `complaint.${s}`),
  'fee.old_part_${to}': ['reported', 'received', 'called_in'].map((s) => `fee.old_part_${s}`),
  'fee.parts_request_${to}': ['confirmed', 'shipped', 'received'].map((s) => `fee.parts_request_${s}`),
  'parts_request.${input.to}': ['confirmed', 'shipped', 'received'].map((s) => `parts_request.${s}`),
  "eightd.step.${decision === 'approved' ? 'approve' : 'reject'}": [
    'eightd.step.approve',
    'eightd.step.reject',
  ],
}

function actions(): string[] {
  const out = texts.flatMap((t) => valuesOf('action', t.text))
  for (const t of texts)
    for (const m of t.text.matchAll(/\baction: `([^`]+)`/g)) {
      const expansion = DYNAMIC[m[1]!]
      expect(
        expansion,
        `${t.file}: an action built as \`${m[1]}\` — list what it can be in DYNAMIC`,
      ).toBeDefined()
      out.push(...expansion!)
    }
  return [...new Set(out)].sort()
}

/** The kinds of message put in the outbox: in each `outbox.enqueue({ … })` and the survey link message. */
function outboxKinds(): string[] {
  const out: string[] = []
  for (const t of texts) {
    for (const m of t.text.matchAll(/outbox\.enqueue\(\{/g))
      out.push(...valuesOf('kind', t.text.slice(m.index, m.index + 800)).slice(0, 2))
    if (/function linkMessage/.test(t.text)) out.push(...valuesOf('kind', t.text))
  }
  return [...new Set(out)].sort()
}

type Tree = { [k: string]: string | Tree }
const at = (tree: Tree, path: string) =>
  path
    .split('.')
    .reduce<string | Tree | undefined>((n, k) => (typeof n === 'object' ? n[k] : undefined), tree)
const chinese = /\p{Script=Han}/u

describe('the audit log and the outbox say every value in Chinese and in English', async () => {
  const labels = await import(join(root, 'apps/admin/src/views/audit/labels.ts'))
  const cases = [
    ['audit actions', actions(), labels.auditActionsZh, labels.auditActionsEn, 80],
    [
      'audit object types',
      [...new Set(texts.flatMap((t) => valuesOf('entityType', t.text)))].sort(),
      labels.auditTypesZh,
      labels.auditTypesEn,
      40,
    ],
    ['outbox message types', outboxKinds(), labels.outboxKindsZh, labels.outboxKindsEn, 9],
  ] as const
  it.each(cases)('%s', (_, values, zh, en, atLeast) => {
    // The scan finds what it should (a broken pattern finding nothing would pass every check below).
    expect(values.length).toBeGreaterThanOrEqual(atLeast)
    const missing = values.filter((v) => {
      const z = at(zh as Tree, v)
      const e = at(en as Tree, v)
      return (
        typeof z !== 'string' || !chinese.test(z) || typeof e !== 'string' || chinese.test(e) || !e.trim()
      )
    })
    expect(missing).toEqual([])
  })
})
