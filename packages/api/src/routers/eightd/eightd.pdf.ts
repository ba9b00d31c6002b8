import type { Discipline } from '@asq/domain'
import {
  chinaDate,
  DISCIPLINE_LABELS,
  DISCIPLINES,
  EIGHTD_FOUND_AT_LABELS,
  EIGHTD_RECOVERY_STATUS_LABELS,
  EIGHTD_SEVERITY_LABELS,
  FISHBONE_CATEGORIES,
  FISHBONE_LABELS,
  formatFen,
  STEP_REVIEW_STATUS_LABELS,
} from '@asq/domain'
import { drawLetterhead, drawSignatureBlock, drawTable, type Pdf, renderPdf } from '../../reports/pdf'
import type { supplierClaimView } from './eightd.views'

type View = Awaited<ReturnType<typeof supplierClaimView>>
type Obj = Record<string, unknown>

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v))
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : [])
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : [])
const day = (d: Date | null) => (d ? chinaDate(d) : '—')
const W = 499 // A4 width minus margins

function kv(doc: Pdf, rows: [string, string][]) {
  drawTable(
    doc,
    [
      { header: '项目 Item', width: 150 },
      { header: '内容 Content', width: W - 150 },
    ],
    rows,
  )
}
function para(doc: Pdf, label: string, text: string) {
  doc
    .fontSize(9)
    .fillColor('#333')
    .text(label)
    .fillColor('#000')
    .fontSize(10)
    .text(text || '—')
    .moveDown(0.4)
}

/** Each discipline's structured content, drawn as tables and labelled paragraphs. */
const DRAW: Record<Discipline, (doc: Pdf, c: Obj, v: View) => void> = {
  D0: (doc, c) => {
    drawTable(
      doc,
      [
        { header: '姓名 Name', width: 160 },
        { header: '角色 Role', width: 170 },
        { header: '部门 Department', width: W - 330 },
      ],
      arr(c.members).map((m) => [str(m.name), str(m.role), str(m.department)]),
    )
    para(doc, '负责人 Champion', str(c.champion))
  },
  D1: (doc, c) =>
    kv(doc, [
      ['什么 What', str(c.what)],
      ['哪里 Where', str(c.where)],
      ['何时 When', str(c.when)],
      ['谁 Who', str(c.who)],
      ['为什么 Why', str(c.why)],
      ['怎样 How', str(c.how)],
      ['多少 How many', str(c.howMany)],
    ]),
  D2: (doc, c, v) => {
    para(doc, '数据 Data', str(c.data))
    const photos = v.evidence.filter((e) => e.step === 'D2').map((e) => e.filename)
    para(doc, '照片与证据 Photos and evidence', photos.join('、') || '—')
  },
  D3: (doc, c) => {
    drawTable(
      doc,
      [
        { header: '措施 Action', width: W - 180 },
        { header: '挑选 Sorted', width: 90, align: 'right' },
        { header: '隔离 Quarantined', width: 90, align: 'right' },
      ],
      arr(c.actions).map((a) => [str(a.action), str(a.quantitySorted), str(a.quantityQuarantined)]),
    )
    para(doc, '初步原因 First suspected cause', str(c.firstSuspectedCause))
  },
  D4: (doc, c) => {
    para(doc, '发生原因 Occurrence cause', str(c.occurrenceCause))
    para(doc, '流出原因 Escape cause', str(c.escapeCause))
    const a = (c.analysis ?? {}) as Obj
    if (a.kind === 'fishbone') {
      const cats = (a.categories ?? {}) as Obj
      kv(
        doc,
        FISHBONE_CATEGORIES.map((k) => [
          `${FISHBONE_LABELS[k].zh} ${FISHBONE_LABELS[k].en}`,
          strs(cats[k]).join('；') || '—',
        ]),
      )
    } else {
      para(doc, '分析方法 Method', '5 个为什么 5-why')
      kv(
        doc,
        strs(a.whys).map((w, i) => [`为什么 Why ${i + 1}`, w]),
      )
    }
    para(doc, '验证 Verification', str(c.verification))
  },
  D5: (doc, c) =>
    drawTable(
      doc,
      [
        { header: '纠正措施 Corrective action', width: W - 200 },
        { header: '责任人 Owner', width: 110 },
        { header: '完成日期 Due', width: 90 },
      ],
      arr(c.actions).map((a) => [str(a.action), str(a.owner), str(a.dueDate)]),
    ),
  D6: (doc, c) => {
    drawTable(
      doc,
      [
        { header: '指标 Metric', width: W - 240 },
        { header: '改善前 Before', width: 90, align: 'right' },
        { header: '改善后 After', width: 90, align: 'right' },
        { header: '单位 Unit', width: 60 },
      ],
      arr(c.figures).map((f) => [str(f.metric), str(f.before), str(f.after), str(f.unit)]),
    )
    para(doc, '结论 Conclusion', str(c.conclusion))
  },
  D7: (doc, c) =>
    kv(doc, [
      ['更新文件 Documents', strs(c.documents).join('；') || '—'],
      ['FMEA 已更新 FMEA updated', c.fmeaUpdated ? '是 Yes' : '否 No'],
      ['控制计划已更新 Control plan updated', c.controlPlanUpdated ? '是 Yes' : '否 No'],
      ['其他受影响产品 Other products', strs(c.otherProducts).join('；') || '—'],
      ['说明 Notes', str(c.notes) || '—'],
    ]),
  D8: (doc, c) => {
    para(doc, '团队表彰 Recognition', str(c.recognition))
    para(doc, '遗留事项 What remains open', strs(c.remainingOpen).join('；') || '—')
  },
}

/** Who signs an 8D report: the supplier's preparer, HQ quality's approval, the supplier's confirmation. */
export const EIGHTD_SIGNATURES = [
  '编制 Prepared by',
  '审核 Approved by (HQ quality)',
  '供应商确认 Supplier confirmation',
] as const

/** The 8D report: the claim, all eight disciplines (and D0) with their review state, HQ's comments, the recovery. */
export function eightdReportPdf(v: View, supplierName: string): Promise<Buffer> {
  return renderPdf({ title: `8D ${v.number}` }, (doc) => {
    drawLetterhead(doc, { zh: '8D 报告', en: '8D report' }, `${v.number} · ${supplierName}`)
    doc.fontSize(11).text(v.title).moveDown(0.5)
    kv(doc, [
      ['供应商 Supplier', supplierName],
      ['零件 Part', `${v.partCode} ${v.partName}`],
      ['批次 Lot', v.lot],
      ['数量 Quantity affected', String(v.quantityAffected)],
      ['发现于 Found at', `${EIGHTD_FOUND_AT_LABELS[v.foundAt].zh} ${EIGHTD_FOUND_AT_LABELS[v.foundAt].en}`],
      [
        '严重度 Severity',
        `${EIGHTD_SEVERITY_LABELS[v.severity].zh} ${EIGHTD_SEVERITY_LABELS[v.severity].en}`,
      ],
      ['开立 Opened', day(v.openedAt)],
      ['状态 Status', v.status === 'closed' ? `已结案 Closed ${day(v.closedAt)}` : '进行中 Open'],
    ])
    for (const step of DISCIPLINES) {
      const s = v.steps.find((x) => x.step === step)!
      const label = DISCIPLINE_LABELS[step]
      const status = STEP_REVIEW_STATUS_LABELS[s.status]
      if (doc.y > doc.page.height - 160) doc.addPage()
      doc
        .moveDown(0.5)
        .fontSize(13)
        .fillColor('#1f3a5f')
        .text(`${step} ${label.zh} ${label.en}`)
        .fillColor('#000')
      doc
        .fontSize(9)
        .fillColor('#555')
        .text(
          `${status.zh} ${status.en} · 期限 Due ${day(s.deadlineAt)} · 提交 Submitted ${day(s.submittedAt)} · 批准 Approved ${day(s.approvedAt)}`,
        )
        .fillColor('#000')
        .moveDown(0.3)
      if (s.revision === 0 && Object.keys(s.content).length === 0) para(doc, '', '尚未填写 Not filled in yet')
      else DRAW[step](doc, s.content, v)
      for (const c of v.comments.filter((x) => x.step === step && x.comment))
        para(doc, `审核意见 Reviewer comment (rev. ${c.revision}, ${day(c.at)})`, c.comment)
    }
    if (v.recovery) {
      const r = v.recovery
      const st = EIGHTD_RECOVERY_STATUS_LABELS[r.status]
      doc.moveDown(0.5).fontSize(13).text('索赔 Cost recovery').moveDown(0.3)
      kv(doc, [
        ['成本 Costs', formatFen(r.costFen)],
        ['管理费 Handling fee', formatFen(r.handlingFeeFen)],
        ['核算金额 Computed', formatFen(r.computedFen)],
        ['索赔金额 Amount', formatFen(r.amountFen)],
        ['状态 Status', `${st.zh} ${st.en}`],
      ])
    }
    drawSignatureBlock(doc, EIGHTD_SIGNATURES)
  })
}
