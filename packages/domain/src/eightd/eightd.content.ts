import { z } from 'zod'
import { businessDateSchema } from '../shared/business-date.schema'
import { eightdErrors } from './eightd.errors'
import { type Discipline, FISHBONE_CATEGORIES } from './eightd.vocabulary'

const text = (max = 2000) => z.string().trim().min(1, 'required').max(max)
const qty = z.number().int('whole units only').min(0, 'must not be negative')
const isoDate = businessDateSchema

/** D0 team and preparation: members with roles, and the champion who owns the 8D. */
export const d0Schema = z.object({
  members: z
    .array(z.object({ name: text(60), role: text(60), department: z.string().trim().max(60).default('') }))
    .min(1, 'at least one team member')
    .max(20),
  champion: text(60),
})
/** D1 problem description as 5W2H: what, where, when, who, why, how, how many. */
export const d1Schema = z.object({
  what: text(),
  where: text(),
  when: text(200),
  who: text(200),
  why: text(),
  how: text(),
  howMany: qty,
})
/** D2 current state: the data gathered and the photos (evidence uploaded to the claim). */
export const d2Schema = z.object({
  data: text(4000),
  photoIds: z.array(z.uuid()).max(20).default([]),
})
/** D3 interim containment: actions with quantities sorted/quarantined, and the first suspected cause. */
export const d3Schema = z.object({
  actions: z
    .array(z.object({ action: text(500), quantitySorted: qty, quantityQuarantined: qty }))
    .min(1, 'at least one containment action')
    .max(20),
  firstSuspectedCause: text(),
})
const fishbone = z.object({
  kind: z.literal('fishbone'),
  categories: z
    .object(
      Object.fromEntries(FISHBONE_CATEGORIES.map((c) => [c, z.array(text(300)).max(10).default([])])) as {
        [K in (typeof FISHBONE_CATEGORIES)[number]]: z.ZodDefault<z.ZodArray<z.ZodString>>
      },
    )
    .refine((c) => Object.values(c).some((v) => v.length > 0), 'name causes in at least one category'),
})
const fiveWhy = z.object({
  kind: z.literal('five_why'),
  whys: z.array(text(500)).min(1, 'at least one why').max(7),
})
/** D4 root cause: occurrence and escape causes, the analysis (5-why or fishbone) and its verification. */
export const d4Schema = z.object({
  occurrenceCause: text(),
  escapeCause: text(),
  analysis: z.discriminatedUnion('kind', [fiveWhy, fishbone]),
  verification: text(),
})
/** D5 permanent corrective actions, each with an owner and a due date. */
export const d5Schema = z.object({
  actions: z
    .array(z.object({ action: text(500), owner: text(60), dueDate: isoDate }))
    .min(1, 'at least one corrective action')
    .max(20),
})
/** D6 verification of effect: before/after figures. */
export const d6Schema = z.object({
  figures: z
    .array(
      z.object({
        metric: text(120),
        before: z.number().finite(),
        after: z.number().finite(),
        unit: z.string().trim().max(20).default(''),
      }),
    )
    .min(1, 'at least one before/after figure')
    .max(20),
  conclusion: text(),
})
/** D7 standardisation: documents, FMEA and control plan updated, other products affected. */
export const d7Schema = z.object({
  documents: z.array(text(200)).min(1, 'name at least one updated document').max(20),
  fmeaUpdated: z.boolean(),
  controlPlanUpdated: z.boolean(),
  otherProducts: z.array(text(200)).max(20).default([]),
  notes: z.string().trim().max(2000).default(''),
})
/** D8 closure: recognition of the team and what remains open. */
export const d8Schema = z.object({
  recognition: text(),
  remainingOpen: z.array(text(500)).max(20).default([]),
})

export const STEP_CONTENT_SCHEMAS = {
  D0: d0Schema,
  D1: d1Schema,
  D2: d2Schema,
  D3: d3Schema,
  D4: d4Schema,
  D5: d5Schema,
  D6: d6Schema,
  D7: d7Schema,
  D8: d8Schema,
} as const satisfies Record<Discipline, z.ZodType>

export type StepContent = { [S in Discipline]: z.infer<(typeof STEP_CONTENT_SCHEMAS)[S]> }

/** A draft may be incomplete, but it is a JSON object of bounded size. */
export const draftContentSchema = z
  .record(z.string(), z.unknown())
  .refine((v) => JSON.stringify(v).length <= 50_000, 'the draft is too large')

/** The complete content a submission needs; refused with the first missing or wrong field. */
export function parseStepContent<S extends Discipline>(step: S, content: unknown): StepContent[S] {
  const r = STEP_CONTENT_SCHEMAS[step].safeParse(content)
  if (r.success) return r.data as StepContent[S]
  const issue = r.error.issues[0]!
  throw eightdErrors.incomplete(step, issue.path.join('.'), issue.message)
}
