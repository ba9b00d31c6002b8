import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import PDFDocument from 'pdfkit'

/**
 * PDF statements and reports. Chinese needs an embedded CJK font or it prints empty boxes: Noto Sans SC
 * comes from an npm package (a complete TTF, subset into each PDF by pdfkit), so no system font is needed.
 */
const require = createRequire(import.meta.url)
let fontCache: Buffer | null = null
const cjkFont = () => {
  fontCache ??= readFileSync(
    require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  )
  return fontCache
}

export type Pdf = PDFKit.PDFDocument

export function renderPdf(
  meta: { title: string; author?: string; createdAt?: Date },
  draw: (doc: Pdf) => void,
  opts: { bufferPages?: boolean } = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 48,
      bufferPages: opts.bufferPages ?? false,
      info: {
        Title: meta.title,
        Author: meta.author ?? '售后质量平台 After-sales quality platform',
        ...(meta.createdAt ? { CreationDate: meta.createdAt } : {}),
      },
    })
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.registerFont('cjk', cjkFont())
    doc.font('cjk')
    try {
      draw(doc)
      doc.end()
    } catch (e) {
      reject(e)
    }
  })
}

export type PdfColumn = { header: string; width: number; align?: 'left' | 'right' | 'center' }

/** A simple ruled table that continues on a new page when it runs out of room. */
export function drawTable(
  doc: Pdf,
  columns: PdfColumn[],
  rows: string[][],
  opts: { fontSize?: number; color?: (row: number, col: number) => string | undefined } = {},
): void {
  const size = opts.fontSize ?? 9
  const left = doc.page.margins.left
  const rowHeight = (cells: string[]) =>
    Math.max(...cells.map((c, i) => doc.fontSize(size).heightOfString(c, { width: columns[i]!.width - 6 }))) +
    6
  const drawRow = (cells: string[], header: boolean, index = -1) => {
    const h = rowHeight(cells)
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage()
    const y = doc.y
    let x = left
    if (header)
      doc
        .rect(
          left,
          y,
          columns.reduce((s, c) => s + c.width, 0),
          h,
        )
        .fill('#eef2f7')
        .fillColor('#000')
    cells.forEach((cell, i) => {
      const col = columns[i]!
      doc
        .fontSize(size)
        .fillColor(header ? '#333' : (opts.color?.(index, i) ?? '#000'))
        .text(cell, x + 3, y + 3, { width: col.width - 6, align: col.align ?? 'left' })
      x += col.width
    })
    doc
      .moveTo(left, y + h)
      .lineTo(x, y + h)
      .strokeColor('#d0d7e2')
      .lineWidth(0.5)
      .stroke()
    doc.fillColor('#000')
    doc.x = left
    doc.y = y + h
  }
  drawRow(
    columns.map((c) => c.header),
    true,
  )
  rows.forEach((r, i) => {
    drawRow(r, false, i)
  })
  doc.moveDown(0.5)
}
