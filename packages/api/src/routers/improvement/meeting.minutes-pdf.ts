import type { ActionView, Meeting, Resolution } from '@asq/domain'
import {
  ACTION_STATUS_LABELS,
  CAUSE_LABELS,
  type Cause,
  chinaDate,
  chinaDateTime,
  PACK_SECTION_LABELS,
  PACK_SECTIONS,
} from '@asq/domain'
import { paretoChart } from '../../reports/charts'
import { drawLetterhead, drawTable, type Pdf, renderPdf } from '../../reports/pdf'

const BRAND = '#1f4e8c'
const causeName = (c: string) => CAUSE_LABELS[c as Cause]?.zh ?? c
const pct = (v: number | null) => (v === null ? '—' : `${v}%`)

function heading(doc: Pdf, zh: string, en: string) {
  if (doc.y + 60 > doc.page.height - doc.page.margins.bottom) doc.addPage()
  doc.moveDown(0.6)
  doc.fontSize(13).fillColor(BRAND).text(`${zh}  `, { continued: true })
  doc.fontSize(9).fillColor('#666').text(en)
  doc.fillColor('#000').fontSize(10).moveDown(0.3)
}

/**
 * The minutes of a review meeting (会议纪要): the pack's summary (figures, the two sections, the
 * Pareto of causes, the earlier actions), the sections' conclusions, and the resolutions with their
 * actions. Printed with the embedded CJK font; kept with the meeting once final.
 */
export function meetingMinutesPdf(m: {
  meeting: Meeting
  resolutions: Resolution[]
  actions: ActionView[]
  finalisedBy: string
}): Promise<Buffer> {
  const { meeting, resolutions, actions } = m
  const pack = meeting.pack!
  return renderPdf(
    { title: `客户抱怨检讨会议纪要 ${meeting.number}`, createdAt: meeting.finalisedAt ?? undefined },
    (doc) => {
      const left = doc.page.margins.left
      const width = doc.page.width - left - doc.page.margins.right
      drawLetterhead(
        doc,
        { zh: '客户抱怨检讨会议纪要', en: 'Minutes of the complaint review meeting' },
        meeting.number,
      )
      doc
        .fontSize(10)
        .text(
          `统计期间 Period：${meeting.periodFrom} ～ ${meeting.periodTo}    会议日期 Meeting date：${meeting.meetingDate}`,
        )
        .text(
          `资料生成 Pack generated：${chinaDateTime(pack.generatedAt)}（北京时间）   定稿 Finalised：${meeting.finalisedAt ? chinaDateTime(meeting.finalisedAt) : '—'} · ${m.finalisedBy}`,
        )

      heading(doc, '上次会议行动跟踪', 'Earlier actions and their status')
      if (pack.previousActions.length === 0) doc.text('无 None')
      else
        drawTable(
          doc,
          [
            { header: '会议 Meeting', width: 70 },
            { header: '行动 Action', width: 170 },
            { header: '责任单位 / 人', width: 110 },
            { header: '期限 Due', width: 62 },
            { header: '状态 Status', width: 87 },
          ],
          pack.previousActions.map((a) => [
            a.meetingNumber,
            a.title,
            `${a.ownerName} / ${a.personName}`,
            a.dueDate,
            `${ACTION_STATUS_LABELS[a.status].zh}${a.overdue ? ' · 逾期' : ''}`,
          ]),
        )

      heading(doc, '期间指标', 'Figures of the period')
      drawTable(
        doc,
        [
          { header: '受理 Received', width: 83, align: 'right' },
          { header: '关闭 Closed', width: 83, align: 'right' },
          { header: '关闭率 Closure', width: 83, align: 'right' },
          { header: '及时响应率', width: 83, align: 'right' },
          { header: '及时完成率', width: 83, align: 'right' },
          { header: '重开 Reopened', width: 84, align: 'right' },
        ],
        [
          [
            String(pack.figures.received),
            String(pack.figures.closed),
            pct(pack.figures.closureRate),
            pct(pack.figures.timelyResponseRate),
            pct(pack.figures.timelyCompletionRate),
            String(pack.figures.reopened),
          ],
        ],
      )
      drawTable(
        doc,
        [
          { header: '分类 Section', width: 150 },
          { header: '受理', width: 60, align: 'right' },
          { header: '关闭', width: 60, align: 'right' },
          { header: '逾期', width: 60, align: 'right' },
          { header: '重开', width: 60, align: 'right' },
          { header: '重大已结', width: 109, align: 'right' },
        ],
        PACK_SECTIONS.map((s) => {
          const x = pack.sections[s]
          return [
            PACK_SECTION_LABELS[s].zh,
            ...[x.received, x.closed, x.overdue, x.reopened, x.serious].map(String),
          ]
        }),
      )
      if (pack.pareto.length > 0) {
        heading(doc, '原因柏拉图', 'Pareto of causes')
        if (doc.y + 220 > doc.page.height - doc.page.margins.bottom) doc.addPage()
        // The chart's legend sits above its box: a line of room below the heading.
        const top = doc.y + 22
        paretoChart(
          doc,
          { x: left + 36, y: top, w: width - 72, h: 150 },
          pack.pareto.map((b) => ({
            label: causeName(b.key),
            count: b.count,
            cumulative: b.cumulative,
            vital: b.vital,
          })),
          { count: '投诉数 Complaints', cumulative: '累计占比 Cumulative %', eighty: '80% 线 80 % line' },
        )
        doc.x = left
        doc.y = top + 150 + 34
      }

      heading(doc, '各单位结论', 'Conclusions')
      for (const s of PACK_SECTIONS) {
        const c = meeting.conclusions.find((x) => x.section === s)
        doc.fontSize(10).fillColor(BRAND).text(PACK_SECTION_LABELS[s].zh).fillColor('#000')
        doc
          .fontSize(10)
          .text(c ? `${c.text}（${c.byName}，${chinaDate(c.at)}）` : '（未填写 None recorded）', { width })
        doc.moveDown(0.3)
      }

      heading(doc, '会议决议与行动', 'Resolutions and actions')
      if (resolutions.length === 0) doc.text('无 None')
      for (const r of resolutions) {
        doc.fontSize(10).text(`决议 ${r.seq}：${r.text}`, { width })
        drawTable(
          doc,
          [
            { header: '行动 Action', width: 200 },
            { header: '责任单位 Unit', width: 100 },
            { header: '责任人 Person', width: 70 },
            { header: '期限 Due', width: 62 },
            { header: '状态 Status', width: 67 },
          ],
          actions
            .filter((a) => a.resolutionId === r.id)
            .map((a) => [a.title, a.ownerName, a.personName, a.dueDate, ACTION_STATUS_LABELS[a.status].zh]),
        )
      }
    },
  )
}
