import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { loadPdfKit } from './lazy-libraries'

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

export async function renderPdf(
  meta: { title: string; author?: string; createdAt?: Date },
  draw: (doc: Pdf) => void,
  opts: { bufferPages?: boolean } = {},
): Promise<Buffer> {
  const PDFDocument = await loadPdfKit()
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

/**
 * A column of a ruled table. `whole`: an identifier (VIN, repair-order number) printed on one line,
 * never broken: the font shrinks for that cell until it fits the column.
 */
export type PdfColumn = {
  header: string
  width: number
  align?: 'left' | 'right' | 'center'
  whole?: boolean
}

/** The font's ascent per point of size (where the baseline sits below the top of a line). */
const ascent = (doc: Pdf) =>
  ((doc as unknown as { _font: { ascender: number } })._font.ascender ?? 880) / 1000

/** The largest size at most `size` at which `text` fits `width` on one line. */
function fittingSize(doc: Pdf, text: string, width: number, size: number): number {
  const full = doc.fontSize(size).widthOfString(text)
  return full <= width ? size : Math.floor(((size * width) / full) * 10) / 10
}

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
    Math.max(
      ...cells.map((c, i) =>
        columns[i]!.whole
          ? doc.fontSize(size).currentLineHeight()
          : doc.fontSize(size).heightOfString(c, { width: columns[i]!.width - 6 }),
      ),
    ) + 6
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
      const whole = col.whole && !header
      const cellSize = whole ? fittingSize(doc, cell, col.width - 6, size) : size
      // A shrunk cell sits on the row's baseline, so the row still reads as one line.
      const drop = (size - cellSize) * ascent(doc)
      doc
        .fontSize(cellSize)
        .fillColor(header ? '#333' : (opts.color?.(index, i) ?? '#000'))
        .text(cell, x + 3, y + 3 + drop, {
          width: col.width - 6,
          align: col.align ?? 'left',
          lineBreak: !whole,
        })
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

/** Who issues the documents: the manufacturer's after-sales headquarters (letterhead of statements and 8D reports). */
export const ISSUER = {
  name: '华信汽车总部 · 售后服务部',
  nameEn: 'Huaxin Motors HQ · After-sales Service',
  address: '北京市顺义区林河工业区林河大街 8 号 · 8 Linhe Street, Shunyi, Beijing 101300',
} as const

/** The letterhead at the top of the first page: issuer, address, the document's title in both languages. */
export function drawLetterhead(doc: Pdf, title: { zh: string; en: string }, reference: string): void {
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  doc.fontSize(12).fillColor('#1f4e8c').text(ISSUER.name, left, doc.y, { width })
  doc.fontSize(8).fillColor('#555').text(ISSUER.nameEn, { width })
  doc.text(ISSUER.address, { width })
  const rule = doc.y + 4
  doc
    .moveTo(left, rule)
    .lineTo(left + width, rule)
    .lineWidth(1)
    .strokeColor('#1f4e8c')
    .stroke()
  doc.x = left
  doc.y = rule + 10
  doc.fillColor('#000').fontSize(16).text(title.zh, { width, align: 'center' })
  doc.fontSize(10).text(title.en, { width, align: 'center' })
  doc.fontSize(9).fillColor('#555').text(reference, { width, align: 'center' }).fillColor('#000').moveDown()
}

/** The signatures and stamp: one box per party (prepared by, approved by, the other side's confirmation), each with its date. */
export function drawSignatureBlock(doc: Pdf, parties: readonly string[]): void {
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  const h = 86
  if (doc.y + h + 24 > doc.page.height - doc.page.margins.bottom) doc.addPage()
  doc.moveDown(0.5)
  const top = doc.y
  const w = width / parties.length
  parties.forEach((p, i) => {
    const x = left + i * w
    doc.rect(x, top, w, h).lineWidth(0.5).strokeColor('#8a94a6').stroke()
    doc
      .fontSize(9)
      .fillColor('#333')
      .text(p, x + 6, top + 6, { width: w - 12 })
    doc.text('签字 Signature：', x + 6, top + 40, { width: w - 12, lineBreak: false })
    doc.text('日期 Date：', x + 6, top + 62, { width: w - 12, lineBreak: false })
  })
  doc.fillColor('#000')
  doc.x = left
  doc.y = top + h + 8
  doc.fontSize(8).fillColor('#777').text('（盖章 Stamp）', { width, align: 'right' }).fillColor('#000')
}
