import type { Discipline } from './eightd.vocabulary'

/**
 * The guided form of each discipline, as data: which fields, of what kind, in what order. The supplier
 * portal renders it as a form and HQ as a read-only page, so both always show the same structure as
 * the content schemas (eightd.content.ts) check.
 */
export type FormColumn = { key: string; kind: 'text' | 'number' | 'date' }
export type FormField =
  | { key: string; kind: 'text' | 'textarea' | 'number' | 'bool' | 'list' }
  | { key: string; kind: 'rows'; columns: FormColumn[] }
  | { key: string; kind: 'analysis' }

export const STEP_FORMS: Record<Discipline, FormField[]> = {
  D0: [
    {
      key: 'members',
      kind: 'rows',
      columns: [
        { key: 'name', kind: 'text' },
        { key: 'role', kind: 'text' },
        { key: 'department', kind: 'text' },
      ],
    },
    { key: 'champion', kind: 'text' },
  ],
  D1: [
    { key: 'what', kind: 'textarea' },
    { key: 'where', kind: 'text' },
    { key: 'when', kind: 'text' },
    { key: 'who', kind: 'text' },
    { key: 'why', kind: 'textarea' },
    { key: 'how', kind: 'textarea' },
    { key: 'howMany', kind: 'number' },
  ],
  D2: [{ key: 'data', kind: 'textarea' }],
  D3: [
    {
      key: 'actions',
      kind: 'rows',
      columns: [
        { key: 'action', kind: 'text' },
        { key: 'quantitySorted', kind: 'number' },
        { key: 'quantityQuarantined', kind: 'number' },
      ],
    },
    { key: 'firstSuspectedCause', kind: 'textarea' },
  ],
  D4: [
    { key: 'occurrenceCause', kind: 'textarea' },
    { key: 'escapeCause', kind: 'textarea' },
    { key: 'analysis', kind: 'analysis' },
    { key: 'verification', kind: 'textarea' },
  ],
  D5: [
    {
      key: 'actions',
      kind: 'rows',
      columns: [
        { key: 'action', kind: 'text' },
        { key: 'owner', kind: 'text' },
        { key: 'dueDate', kind: 'date' },
      ],
    },
  ],
  D6: [
    {
      key: 'figures',
      kind: 'rows',
      columns: [
        { key: 'metric', kind: 'text' },
        { key: 'before', kind: 'number' },
        { key: 'after', kind: 'number' },
        { key: 'unit', kind: 'text' },
      ],
    },
    { key: 'conclusion', kind: 'textarea' },
  ],
  D7: [
    { key: 'documents', kind: 'list' },
    { key: 'fmeaUpdated', kind: 'bool' },
    { key: 'controlPlanUpdated', kind: 'bool' },
    { key: 'otherProducts', kind: 'list' },
    { key: 'notes', kind: 'textarea' },
  ],
  D8: [
    { key: 'recognition', kind: 'textarea' },
    { key: 'remainingOpen', kind: 'list' },
  ],
}

type Obj = Record<string, unknown>
const emptyRow = (columns: FormColumn[]) =>
  Object.fromEntries(columns.map((c) => [c.key, c.kind === 'number' ? null : '']))

/** A blank form: one empty row per table and list, so the supplier sees where to write. */
export function emptyStepContent(step: Discipline): Obj {
  return Object.fromEntries(
    STEP_FORMS[step].map((f) => {
      if (f.kind === 'rows') return [f.key, [emptyRow(f.columns)]]
      if (f.kind === 'list') return [f.key, ['']]
      if (f.kind === 'bool') return [f.key, false]
      if (f.kind === 'number') return [f.key, null]
      if (f.kind === 'analysis') return [f.key, { kind: 'five_why', whys: [''], categories: {} }]
      return [f.key, '']
    }),
  )
}

/** A saved draft merged over a blank form, so every field exists for the form to bind to. */
export function formStepContent(step: Discipline, saved: Obj): Obj {
  const blank = emptyStepContent(step)
  const merged: Obj = { ...blank }
  for (const f of STEP_FORMS[step]) {
    const v = saved[f.key]
    if (v === undefined) continue
    if ((f.kind === 'rows' || f.kind === 'list') && Array.isArray(v) && v.length === 0) continue
    merged[f.key] = f.kind === 'analysis' ? { ...(blank[f.key] as Obj), ...(v as Obj) } : v
  }
  return merged
}

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '')

/** What the form holds, tidied for saving: trimmed text, empty rows and list items dropped. */
export function cleanStepContent(step: Discipline, form: Obj): Obj {
  const out: Obj = {}
  for (const f of STEP_FORMS[step]) {
    const v = form[f.key]
    if (f.kind === 'rows') {
      out[f.key] = (Array.isArray(v) ? (v as Obj[]) : [])
        .filter((r) => f.columns.some((c) => !blank(r[c.key])))
        .map((r) =>
          Object.fromEntries(
            f.columns.map((c) => [
              c.key,
              c.kind === 'number'
                ? blank(r[c.key])
                  ? null
                  : Number(r[c.key])
                : String(r[c.key] ?? '').trim(),
            ]),
          ),
        )
    } else if (f.kind === 'list') {
      out[f.key] = (Array.isArray(v) ? v : []).map((s) => String(s ?? '').trim()).filter(Boolean)
    } else if (f.kind === 'analysis') {
      const a = (v ?? {}) as Obj
      if (a.kind === 'fishbone') {
        const cats = (a.categories ?? {}) as Record<string, unknown>
        out[f.key] = {
          kind: 'fishbone',
          categories: Object.fromEntries(
            Object.entries(cats).map(([k, items]) => [
              k,
              (Array.isArray(items) ? items : []).map((s) => String(s ?? '').trim()).filter(Boolean),
            ]),
          ),
        }
      } else {
        out[f.key] = {
          kind: 'five_why',
          whys: (Array.isArray(a.whys) ? a.whys : []).map((s) => String(s ?? '').trim()).filter(Boolean),
        }
      }
    } else if (f.kind === 'number') {
      out[f.key] = blank(v) ? null : Number(v)
    } else if (f.kind === 'bool') {
      out[f.key] = v === true
    } else {
      out[f.key] = String(v ?? '').trim()
    }
  }
  return out
}
