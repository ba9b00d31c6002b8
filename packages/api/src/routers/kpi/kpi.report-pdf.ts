import type { ReportContent, ReportFigure } from '@asq/domain'
import { chinaDateTime, formatReportValue, REPORT_KIND_LABELS } from '@asq/domain'
import { lineChart, paretoChart } from '../../reports/charts'
import { drawTable, type Pdf, renderPdf } from '../../reports/pdf'

const RAG = {
  green: { text: '● 达标 Green', color: '#1e8e3e' },
  amber: { text: '● 接近 Amber', color: '#c98a00' },
  red: { text: '● 未达标 Red', color: '#c0392b' },
  none: { text: '— 无目标 None', color: '#777' },
} as const
/** The RAG of a figure as printed: a figure with a target but no value (nothing to divide) has no data. */
export const ragOf = (f: ReportFigure) =>
  f.rag === 'none' && f.target ? { text: '— 无数据 No data', color: '#777' } : RAG[f.rag]
const TOP = 64

const BRAND = '#1f4e8c'

export const targetText = (f: ReportFigure) =>
  f.target ? `${f.target.op} ${formatReportValue(f.target.value, f.unit)}` : '—'

function letterhead(doc: Pdf, c: ReportContent) {
  const { left, right } = doc.page.margins
  const width = doc.page.width - left - right
  doc.rect(left, 24, 6, 22).fill(BRAND)
  doc
    .fontSize(11)
    .fillColor(BRAND)
    .text('售后质量平台 · 总部质量部', left + 12, 24, { lineBreak: false })
  doc
    .fontSize(7)
    .fillColor('#555')
    .text('After-sales Quality Platform · HQ Quality', left + 12, 38, { lineBreak: false })
  doc
    .fontSize(8)
    .fillColor('#555')
    .text(`${REPORT_KIND_LABELS[c.kind].zh} ${c.key}`, left, 28, { width, align: 'right', lineBreak: false })
  doc
    .moveTo(left, 50)
    .lineTo(left + width, 50)
    .lineWidth(1)
    .strokeColor(BRAND)
    .stroke()
  doc.fillColor('#000')
}

/** Letterhead and "第 n / N 页 Page n of N" on every page, drawn once all pages exist. */
function frame(doc: Pdf, c: ReportContent) {
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0 // writing in the margin must not open a new page
    letterhead(doc, c)
    const { left, right } = doc.page.margins
    const y = doc.page.height - 32
    doc
      .fontSize(8)
      .fillColor('#777')
      .text(`第 ${i + 1} / ${range.count} 页 · Page ${i + 1} of ${range.count}`, left, y, {
        width: doc.page.width - left - right,
        align: 'center',
        lineBreak: false,
      })
    doc.text(`生成 Generated ${chinaDateTime(c.generatedAt)}（北京时间）`, left, y, { lineBreak: false })
    doc.page.margins.bottom = bottom
  }
}

function heading(doc: Pdf, zh: string, en: string, room = 40) {
  if (doc.y + room > doc.page.height - doc.page.margins.bottom) doc.addPage()
  doc.moveDown(0.6)
  doc.fontSize(13).fillColor(BRAND).text(`${zh}  `, { continued: true })
  doc.fontSize(9).fillColor('#666').text(en)
  doc.fillColor('#000').moveDown(0.3)
}

/** Makes room for a chart of `h` points (plus its labels) and returns its top. */
function chartTop(doc: Pdf, h: number): number {
  if (doc.y + h + 60 > doc.page.height - doc.page.margins.bottom) doc.addPage()
  return doc.y + 20
}

function summary(doc: Pdf, c: ReportContent) {
  drawTable(
    doc,
    [
      { header: '项目', width: 160 },
      { header: 'Item', width: 210 },
      { header: '数值 Value', width: 129, align: 'right' },
    ],
    c.summary.map((s) => [s.zh, s.en, formatReportValue(s.value, s.unit)]),
  )
}

function figures(doc: Pdf, c: ReportContent) {
  drawTable(
    doc,
    [
      { header: '指标 Figure', width: 150 },
      { header: '本期 Value', width: 62, align: 'right' },
      { header: '上期 Previous', width: 62, align: 'right' },
      { header: '变化 Change', width: 56, align: 'right' },
      { header: '目标 Target', width: 64, align: 'right' },
      { header: '状态 RAG', width: 105 },
    ],
    c.figures.map((f) => [
      `${f.zh}\n${f.en}`,
      formatReportValue(f.value, f.unit),
      formatReportValue(f.previous, f.unit),
      f.change === null ? '—' : `${f.change > 0 ? '+' : ''}${f.change.toFixed(1)}`,
      targetText(f),
      ragOf(f).text,
    ]),
    { fontSize: 8, color: (r, col) => (col === 5 ? ragOf(c.figures[r]!).color : undefined) },
  )
}

function trend(doc: Pdf, c: ReportContent) {
  heading(doc, '趋势（近12个月）', 'Trend, last 12 months', 260)
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
  const top = chartTop(doc, 160)
  lineChart(
    doc,
    { x: doc.page.margins.left + 36, y: top, w: width - 72, h: 160 },
    c.trend.map((t) => t.month),
    [
      { label: '关闭率 Closure', color: '#1f4e8c', values: c.trend.map((t) => t.closureRate) },
      {
        label: '及时响应率 Timely response',
        color: '#1e8e3e',
        values: c.trend.map((t) => t.timelyResponseRate),
      },
      {
        label: '及时完成率 Timely completion',
        color: '#d9822b',
        values: c.trend.map((t) => t.timelyCompletionRate),
      },
    ],
  )
  doc.x = doc.page.margins.left
  doc.y = top + 160 + 20
  drawTable(
    doc,
    [
      { header: '月份 Month', width: 95 },
      { header: '投诉 Complaints', width: 100, align: 'right' },
      { header: '关闭率 Closure', width: 100, align: 'right' },
      { header: '及时响应 Response', width: 102, align: 'right' },
      { header: '及时完成 Completion', width: 102, align: 'right' },
    ],
    c.trend.map((t) => [
      t.month,
      String(t.opened),
      formatReportValue(t.closureRate, 'percent'),
      formatReportValue(t.timelyResponseRate, 'percent'),
      formatReportValue(t.timelyCompletionRate, 'percent'),
    ]),
    { fontSize: 8 },
  )
}

function defects(doc: Pdf, c: ReportContent) {
  heading(doc, '缺陷原因帕累托图', 'Pareto of defect causes', 260)
  if (!c.pareto.length) {
    doc
      .fontSize(10)
      .fillColor('#666')
      .text('本期无投诉，无原因可分析。 No complaints in the period.')
      .fillColor('#000')
    return
  }
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
  const top = chartTop(doc, 170)
  paretoChart(
    doc,
    { x: doc.page.margins.left + 36, y: top, w: width - 72, h: 170 },
    c.pareto.map((b) => ({ label: b.zh, count: b.count, cumulative: b.cumulative, vital: b.vital })),
    { count: '投诉数 Complaints', cumulative: '累计占比 Cumulative %', eighty: '80% 线 80 % line' },
  )
  doc.x = doc.page.margins.left
  doc.y = top + 170 + 34
  drawTable(
    doc,
    [
      { header: '原因 Cause', width: 170 },
      { header: '投诉数 Count', width: 80, align: 'right' },
      { header: '占比 Share', width: 80, align: 'right' },
      { header: '累计 Cumulative', width: 90, align: 'right' },
      { header: '关键少数 Vital few', width: 79 },
    ],
    c.pareto.map((b) => [
      `${b.zh} ${b.en}`,
      String(b.count),
      formatReportValue(b.share, 'percent'),
      formatReportValue(b.cumulative, 'percent'),
      b.vital ? '是 Yes' : '',
    ]),
    { fontSize: 8 },
  )
}

/** The report as a PDF: letterhead, summary, figures with targets and RAG, charts, page numbers. */
export function reportPdf(c: ReportContent, meta: { version: number; scopeLabel: string }): Promise<Buffer> {
  return renderPdf(
    { title: `${c.title.zh} ${c.title.en}`, createdAt: c.generatedAt },
    (doc) => {
      // Every page's content starts below the letterhead drawn at the end.
      doc.on('pageAdded', () => {
        doc.y = TOP
      })
      doc.y = TOP + 2
      doc.fontSize(18).fillColor('#000').text(c.title.zh)
      doc.fontSize(10).fillColor('#555').text(c.title.en)
      doc
        .fontSize(9)
        .text(
          `统计期间 Period: ${c.period.from} 至 ${c.period.to}（北京时间 China dates） · 范围 Scope: ${meta.scopeLabel} · 版本 Version ${meta.version}`,
        )
        .fillColor('#000')
      heading(
        doc,
        c.kind === 'weekly' ? '本周概要' : '本月概要',
        c.kind === 'weekly' ? 'This week' : 'This month',
      )
      summary(doc, c)
      heading(doc, '指标与目标', 'Figures against targets', 120)
      figures(doc, c)
      if (c.kind === 'monthly') trend(doc, c)
      defects(doc, c)
      frame(doc, c)
    },
    { bufferPages: true },
  )
}
