import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'

/**
 * Reads a downloaded statement back the way a dealer's accountant would, so tests compare the figures
 * printed in the file with the ledger instead of trusting its name and size.
 */
export type StatementFigures = {
  /** The summary block: label (as printed) → amount in fen. */
  summaryFen: Record<string, number>
  /** "Paid" of each settled line, in fen. */
  paidFen: number[]
  /** Each deduction as printed (negative), in fen. */
  deductionFen: number[]
}

export const SUMMARY = {
  lines: '报销合计 Approved lines',
  deductions: '扣款合计 Deductions',
  net: '本期净额 Net',
  opening: '期初余额 Opening balance',
  closing: '期末余额 Closing balance',
} as const

/** "¥1,234.50" / "-¥80.00" → fen; yuan numbers from a sheet → fen. */
const fenOfText = (s: string): number => {
  const m = /(-?)¥([\d,]+)\.(\d{2})/.exec(s)
  if (!m) throw new Error(`no amount in "${s}"`)
  const fen = Number(m[2]!.replaceAll(',', '')) * 100 + Number(m[3])
  return m[1] ? -fen : fen
}
const fenOfYuan = (v: unknown): number => Math.round(Number(v) * 100)

export async function readStatementXlsx(content: Buffer): Promise<StatementFigures> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(content as unknown as ArrayBuffer)
  const rows = (name: string) => {
    const ws = wb.worksheets.find((w) => w.name === name)
    if (!ws) throw new Error(`no sheet "${name}" in ${wb.worksheets.map((w) => w.name).join(', ')}`)
    const out: unknown[][] = []
    ws.eachRow((row, n) => {
      if (n > 1) out.push((row.values as unknown[]).slice(1))
    })
    return out
  }
  const summaryFen: Record<string, number> = {}
  for (const [k, v] of rows('汇总 Summary'))
    if (/¥/.test(String(v))) summaryFen[String(k)] = fenOfText(String(v))
  return {
    summaryFen,
    paidFen: rows('明细 Lines').map((r) => fenOfYuan(r[9])),
    deductionFen: rows('扣款 Deductions').map((r) => fenOfYuan(r[2])),
  }
}

/** The PDF through pdftotext (poppler-utils), as text laid out like the page. */
export function pdfText(content: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'asq-statement-'))
  try {
    const file = join(dir, 'statement.pdf')
    writeFileSync(file, content)
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function readStatementPdf(content: Buffer): StatementFigures & { text: string } {
  const text = pdfText(content)
  const lines = text.split('\n')
  const summaryFen: Record<string, number> = {}
  for (const label of Object.values(SUMMARY)) {
    const line = lines.find((l) => l.includes(label))
    if (line) summaryFen[label] = fenOfText(line.slice(line.indexOf(label) + label.length))
  }
  const section = (from: string, to: string | null) => {
    const start = lines.findIndex((l) => l.includes(from))
    const end = to === null ? -1 : lines.findIndex((l, i) => i > start && l.includes(to))
    return start < 0 ? [] : lines.slice(start + 1, end < 0 ? undefined : end)
  }
  const amounts = (l: string) => [...l.matchAll(/-?¥[\d,]+\.\d{2}/g)].map((m) => fenOfText(m[0]))
  // A settled line prints two amounts (claimed, paid); a deduction one.
  const paidFen = section('报销明细 Settled lines', '扣款 Deductions')
    .map(amounts)
    .filter((a) => a.length === 2)
    .map((a) => a[1]!)
  const deductionFen = section('扣款 Deductions', null)
    .map(amounts)
    .filter((a) => a.length === 1)
    .map((a) => a[0]!)
  return { text, summaryFen, paidFen, deductionFen }
}
