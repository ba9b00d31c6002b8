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

const L = (zh: string, en: string) => ({ zh, en })

/** The label of every form field and table column, zh-CN first. */
export const FORM_FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  members: L('团队成员', 'Team members'),
  name: L('姓名', 'Name'),
  role: L('角色', 'Role'),
  department: L('部门', 'Department'),
  champion: L('负责人（倡导者）', 'Champion'),
  what: L('什么问题 What', 'What'),
  where: L('在哪里 Where', 'Where'),
  when: L('何时 When', 'When'),
  who: L('谁发现 Who', 'Who'),
  why: L('为什么是问题 Why', 'Why it matters'),
  how: L('怎样发现 How', 'How it was found'),
  howMany: L('多少 How many', 'How many'),
  data: L('数据与现状', 'Data and current state'),
  actions: L('措施', 'Actions'),
  action: L('措施', 'Action'),
  quantitySorted: L('挑选数量', 'Sorted'),
  quantityQuarantined: L('隔离数量', 'Quarantined'),
  firstSuspectedCause: L('初步怀疑原因', 'First suspected cause'),
  occurrenceCause: L('发生原因', 'Occurrence cause'),
  escapeCause: L('流出原因', 'Escape cause'),
  analysis: L('分析方法', 'Analysis'),
  verification: L('原因验证', 'Verification'),
  owner: L('责任人', 'Owner'),
  dueDate: L('完成日期', 'Due date'),
  figures: L('改善前后数据', 'Before / after figures'),
  metric: L('指标', 'Metric'),
  before: L('改善前', 'Before'),
  after: L('改善后', 'After'),
  unit: L('单位', 'Unit'),
  conclusion: L('结论', 'Conclusion'),
  documents: L('已更新的文件', 'Documents updated'),
  fmeaUpdated: L('FMEA 已更新', 'FMEA updated'),
  controlPlanUpdated: L('控制计划已更新', 'Control plan updated'),
  otherProducts: L('其他受影响的产品', 'Other products affected'),
  notes: L('说明', 'Notes'),
  recognition: L('团队表彰', 'Recognition'),
  remainingOpen: L('遗留事项', 'What remains open'),
  five_why: L('5 个为什么', '5-why'),
  fishbone: L('鱼骨图', 'Fishbone'),
  whys: L('为什么链', 'Why chain'),
}

/** One sentence per discipline telling the supplier what HQ expects. */
export const STEP_HINTS: Record<Discipline, { zh: string; en: string }> = {
  D0: L('组建跨部门团队，指定负责人。', 'Form a cross-functional team and name its champion.'),
  D1: L('用 5W2H 描述问题：什么、哪里、何时、谁、为什么、怎样、多少。', 'Describe the problem as 5W2H.'),
  D2: L('收集现状数据，上传照片等证据。', 'Gather data on the current state; upload photos as evidence.'),
  D3: L(
    '24 小时内遏制：挑选、隔离的数量，以及初步原因。',
    'Contain within 24 hours: quantities sorted and quarantined, first suspected cause.',
  ),
  D4: L(
    '找出发生原因与流出原因，用 5 个为什么或鱼骨图分析，并验证。',
    'Find occurrence and escape causes with 5-why or fishbone, and verify them.',
  ),
  D5: L(
    '制定永久纠正措施，每项有责任人和完成日期。',
    'Permanent corrective actions, each with an owner and a due date.',
  ),
  D6: L('用改善前后的数据验证效果。', 'Verify the effect with before/after figures.'),
  D7: L(
    '更新文件、FMEA、控制计划，并横向展开到其他产品。',
    'Update documents, FMEA and control plan; extend to other products.',
  ),
  D8: L('表彰团队，说明遗留事项。', 'Recognise the team and state what remains open.'),
}
