import type { Pdf } from './pdf'

/** Where a chart goes on the page (points). */
export type Box = { x: number; y: number; w: number; h: number }
export type LineSeries = { label: string; color: string; values: (number | null)[] }

const AXIS = '#8a94a6'
const GRID = '#e3e8ef'

function axisLabel(
  doc: Pdf,
  text: string,
  x: number,
  y: number,
  w: number,
  align: 'left' | 'right' | 'center',
) {
  doc.fontSize(7).fillColor('#555').text(text, x, y, { width: w, align, lineBreak: false })
}

/** Horizontal grid lines with their labels on the left (and optionally on the right). */
function grid(
  doc: Pdf,
  b: Box,
  ticks: number[],
  max: number,
  left: (v: number) => string,
  right?: (v: number) => string,
) {
  for (const t of ticks) {
    const y = b.y + b.h - (t / max) * b.h
    doc
      .moveTo(b.x, y)
      .lineTo(b.x + b.w, y)
      .lineWidth(0.5)
      .strokeColor(GRID)
      .stroke()
    axisLabel(doc, left(t), b.x - 34, y - 4, 30, 'right')
    if (right) axisLabel(doc, right(t), b.x + b.w + 4, y - 4, 30, 'left')
  }
  doc
    .moveTo(b.x, b.y)
    .lineTo(b.x, b.y + b.h)
    .lineTo(b.x + b.w, b.y + b.h)
    .lineWidth(0.8)
    .strokeColor(AXIS)
    .stroke()
}

function legend(doc: Pdf, items: { label: string; color: string; dashed?: boolean }[], x: number, y: number) {
  let at = x
  for (const it of items) {
    if (it.dashed) doc.dash(3, { space: 2 })
    doc
      .moveTo(at, y + 4)
      .lineTo(at + 14, y + 4)
      .lineWidth(1.5)
      .strokeColor(it.color)
      .stroke()
    doc.undash()
    doc
      .fontSize(7)
      .fillColor('#333')
      .text(it.label, at + 18, y, { lineBreak: false })
    at += 18 + doc.widthOfString(it.label) + 14
  }
}

/** A line chart of percentages (0–100) per category, with a legend above it. */
export function lineChart(doc: Pdf, b: Box, categories: string[], series: LineSeries[]): void {
  legend(doc, series, b.x, b.y - 14)
  grid(doc, b, [0, 25, 50, 75, 100], 100, (v) => `${v}%`)
  const step = categories.length > 1 ? b.w / (categories.length - 1) : 0
  const xOf = (i: number) => (categories.length > 1 ? b.x + i * step : b.x + b.w / 2)
  const yOf = (v: number) => b.y + b.h - (Math.max(0, Math.min(100, v)) / 100) * b.h
  categories.forEach((c, i) => {
    axisLabel(doc, c, xOf(i) - 24, b.y + b.h + 4, 48, 'center')
  })
  for (const s of series) {
    let pen = false
    s.values.forEach((v, i) => {
      if (v === null) {
        pen = false
        return
      }
      if (pen) doc.lineTo(xOf(i), yOf(v))
      else doc.moveTo(xOf(i), yOf(v))
      pen = true
    })
    doc.lineWidth(1.5).strokeColor(s.color).stroke()
    s.values.forEach((v, i) => {
      if (v !== null) doc.circle(xOf(i), yOf(v), 2).fill(s.color)
    })
  }
  doc.fillColor('#000')
}

/**
 * A Pareto chart: bars of counts in falling order (left axis), the cumulative percentage as a line
 * (right axis), and a dashed 80 % line; the bars of the vital few are dark, the others light.
 */
export function paretoChart(
  doc: Pdf,
  b: Box,
  bars: { label: string; count: number; cumulative: number; vital: boolean }[],
  legendLabels: { count: string; cumulative: string; eighty: string },
): void {
  legend(
    doc,
    [
      { label: legendLabels.count, color: '#2f6fb2' },
      { label: legendLabels.cumulative, color: '#d9822b' },
      { label: legendLabels.eighty, color: '#c0392b', dashed: true },
    ],
    b.x,
    b.y - 14,
  )
  const top = Math.max(1, ...bars.map((x) => x.count))
  const max = niceMax(top)
  const ticks = [0, 1, 2, 3, 4].map((i) => (max * i) / 4)
  grid(
    doc,
    b,
    ticks,
    max,
    (v) => (Number.isInteger(v) ? String(v) : v.toFixed(1)),
    (v) => `${Math.round((v / max) * 100)}%`,
  )
  const slot = b.w / Math.max(1, bars.length)
  const barW = Math.min(48, slot * 0.6)
  bars.forEach((bar, i) => {
    const h = (bar.count / max) * b.h
    const cx = b.x + slot * i + slot / 2
    doc.rect(cx - barW / 2, b.y + b.h - h, barW, h).fill(bar.vital ? '#2f6fb2' : '#9dbbe0')
    // the count sits beside the bar's top, clear of the cumulative line that passes over its centre
    axisLabel(doc, String(bar.count), cx + barW / 2 + 2, b.y + b.h - h - 4, 24, 'left')
    doc
      .fontSize(7)
      .fillColor('#333')
      .text(bar.label, cx - slot / 2 + 1, b.y + b.h + 4, { width: slot - 2, align: 'center' })
  })
  const yPct = (p: number) => b.y + b.h - (p / 100) * b.h
  bars.forEach((bar, i) => {
    const cx = b.x + slot * i + slot / 2
    if (i === 0) doc.moveTo(cx, yPct(bar.cumulative))
    else doc.lineTo(cx, yPct(bar.cumulative))
  })
  if (bars.length) doc.lineWidth(1.5).strokeColor('#d9822b').stroke()
  bars.forEach((bar, i) => {
    doc.circle(b.x + slot * i + slot / 2, yPct(bar.cumulative), 2).fill('#d9822b')
  })
  doc.dash(4, { space: 3 })
  doc
    .moveTo(b.x, yPct(80))
    .lineTo(b.x + b.w, yPct(80))
    .lineWidth(1)
    .strokeColor('#c0392b')
    .stroke()
  doc.undash()
  doc.fillColor('#000')
}

/** A round axis maximum at or above `v` (1, 2, 5 × 10ⁿ), divisible into four ticks. */
function niceMax(v: number): number {
  const p = 10 ** Math.floor(Math.log10(v))
  const m = [1, 2, 4, 5, 8, 10].find((k) => k * p >= v) ?? 10
  return Math.max(m * p, 4)
}
