import {
  columnLetter,
  isBlankRow,
  mapHeader,
  type UploadColumn,
  type UploadError,
} from '../shared/upload-columns'
import { type ReimbursementLineInput, reimbursementLineSchema } from './reimbursement.schema'

/** The columns of a repair-order file (CSV or XLSX, first row the header), found by header. */
export const IMPORT_COLUMNS = [
  {
    key: 'repairOrderNo',
    header: '维修单号 Repair order',
    aliases: ['维修单号', 'repair order', 'repair order no', 'repairorderno', 'ro'],
  },
  {
    key: 'repairDate',
    header: '维修日期 Repair date',
    aliases: ['维修日期', 'repair date', 'repairdate', 'date'],
  },
  {
    key: 'serial',
    header: '车架号/序列号 VIN/Serial',
    aliases: ['车架号/序列号', '车架号', '序列号', 'vin/serial', 'vin', 'serial'],
  },
  {
    key: 'partCode',
    header: '配件编号 Part code',
    aliases: ['配件编号', '配件编码', 'part code', 'partcode', 'part'],
  },
  { key: 'quantity', header: '数量 Quantity', aliases: ['数量', 'quantity', 'qty'] },
  {
    key: 'labourHours',
    optional: true,
    header: '工时 Labour hours',
    aliases: ['工时', 'labour hours', 'labor hours', 'labourhours', 'hours'],
  },
  {
    key: 'oldPartRegistrationNo',
    optional: true,
    header: '旧件登记号 Old-part registration',
    aliases: [
      '旧件登记号',
      'old-part registration',
      'old part registration',
      'oldpartregistrationno',
      'registration',
    ],
  },
  {
    key: 'usageReading',
    optional: true,
    header: '进站里程/工作小时 Odometer/hours',
    aliases: [
      '进站里程/工作小时',
      '进站里程',
      '里程',
      '工作小时',
      'odometer/hours',
      'odometer',
      'mileage',
      'usage',
    ],
  },
] as const satisfies readonly UploadColumn[]
export type ImportColumn = (typeof IMPORT_COLUMNS)[number]['key']
export const MAX_CLAIM_IMPORT_ROWS = 5000

/** One problem of an imported file: spreadsheet row (1 = header), column letter, message zh + en. */
export type ClaimImportError = UploadError

/** What is wrong with a cell, in Chinese first (the station reads it), the schema's English beside. */
const FIELD_PROBLEM_ZH: Record<ImportColumn, string> = {
  repairOrderNo: '维修工单号为空或过长',
  repairDate: '维修日期应为 YYYY-MM-DD 格式的日期',
  serial: 'VIN / 序列号为空或过长',
  partCode: '配件编号为空或过长',
  quantity: '数量应为 1 到 9999 的整数',
  labourHours: '工时应为 0 或正数（最多两位小数）',
  oldPartRegistrationNo: '旧件登记号过长或含字母、数字和 . _ / - 以外的字符',
  usageReading: '进站里程应为 0 或正整数（公里或小时）',
}

/**
 * Turns the cells of a repair-order file into claim lines, or lists every problem with its row and
 * column (missing columns, wrong types, negative quantities…). The caller imports only when `errors`
 * is empty: nothing is half-imported.
 */
export function parseClaimRows(rows: readonly (readonly string[])[]): {
  lines: { row: number; line: ReimbursementLineInput }[]
  errors: ClaimImportError[]
} {
  const { at, errors } = mapHeader(rows[0] ?? [], IMPORT_COLUMNS)
  if (errors.length) return { lines: [], errors }
  const body = rows.slice(1)
  if (body.length > MAX_CLAIM_IMPORT_ROWS) {
    const zh = `每个文件最多 ${MAX_CLAIM_IMPORT_ROWS} 行`
    const message = `at most ${MAX_CLAIM_IMPORT_ROWS} rows per file`
    return { lines: [], errors: [{ row: 1, column: '', field: null, zh, message }] }
  }
  const lines: { row: number; line: ReimbursementLineInput }[] = []
  body.forEach((cells, idx) => {
    const row = idx + 2
    if (isBlankRow(cells)) return
    const cell = (k: ImportColumn) => (at[k] === undefined ? '' : (cells[at[k]!] ?? '').trim())
    // A number as plain digits; a blank cell is `blank` (NaN where the cell is required).
    const num = (k: ImportColumn, blank: number) => {
      const s = cell(k)
      if (s === '') return blank
      return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN
    }
    const parsed = reimbursementLineSchema.safeParse({
      repairOrderNo: cell('repairOrderNo'),
      repairDate: cell('repairDate'),
      serial: cell('serial'),
      partCode: cell('partCode'),
      quantity: num('quantity', Number.NaN),
      labourHours: num('labourHours', 0),
      oldPartRegistrationNo: cell('oldPartRegistrationNo') || null,
      usageReading: cell('usageReading') === '' ? null : num('usageReading', Number.NaN),
    })
    if (parsed.success) lines.push({ row, line: parsed.data })
    else {
      // One problem per cell: the first thing wrong with it.
      const seen = new Set<string>()
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]) as ImportColumn
        if (seen.has(key)) continue
        seen.add(key)
        const header = IMPORT_COLUMNS.find((c) => c.key === key)?.header ?? key
        const i = at[key]
        errors.push({
          row,
          column: i === undefined ? '' : columnLetter(i),
          field: key,
          zh: FIELD_PROBLEM_ZH[key] ?? header,
          message: issue.message.startsWith('Invalid input') ? `${header}: not a number` : issue.message,
        })
      }
    }
  })
  return { lines, errors }
}

/**
 * Problems that refuse an import outright (the row is wrong, not merely waiting for something):
 * softer ones — out of warranty, old part not yet registered, no rule in force — are imported and
 * shown beside the line, to fix before submitting.
 */
export const IMPORT_BLOCKING_PROBLEMS = [
  'BAD_QUANTITY',
  'BAD_LABOUR_HOURS',
  'DATE_OUTSIDE_PERIOD',
  'DATE_IN_FUTURE',
  'UNKNOWN_PART',
  'UNKNOWN_PRODUCT',
  'DUPLICATE_IN_CLAIM',
  'ALREADY_CLAIMED',
] as const
