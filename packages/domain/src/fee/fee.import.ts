import { type IsoDate, isIsoDate } from '../shared/china-time'
import { parseYuan } from '../shared/money'
import {
  columnLetter,
  isBlankRow,
  mapHeader,
  noRowsError,
  tooManyRowsError,
  type UploadError,
} from '../shared/upload-columns'
import { MAX_PART_PRICE_FEN, PART_CODE_PATTERN } from './fee.catalogue'
import { CATALOGUE_COLUMNS, type CatalogueColumn } from './fee.catalogue-file'
import type { CatalogueItem } from './fee.ports'

export { CATALOGUE_COLUMNS, type CatalogueColumn } from './fee.catalogue-file'
export const MAX_IMPORT_ROWS = 20_000

export type CatalogueRow = {
  code: string
  nameZh: string
  nameEn: string
  productLineCode: string
  costFen: number
  listFen: number
  returnRequired: boolean
  effectiveFrom: IsoDate
}
/** A row compared with the catalogue: what it changes, and whether it is a new price version. */
export type ImportedPart = CatalogueRow & { change: 'added' | 'updated' | 'unchanged'; writePrice: boolean }
export type ImportSummary = { added: number; updated: number; unchanged: number }
/** @deprecated the shared shape: UploadError */
export type ImportError = UploadError

const TRUE = ['y', 'yes', 'true', '1', '是', '需', '需要']
const FALSE = ['n', 'no', 'false', '0', '否', '不', '不需要', '']

/** How a valid row relates to the part as it stands: a re-imported export changes nothing. */
export function compareWithCatalogue(
  row: CatalogueRow,
  current: CatalogueItem | undefined,
  dateGiven: boolean,
): Pick<ImportedPart, 'change' | 'writePrice'> {
  if (!current) return { change: 'added', writePrice: true }
  const writePrice =
    row.costFen !== current.costFen ||
    row.listFen !== current.listFen ||
    (dateGiven && row.effectiveFrom !== current.priceEffectiveFrom)
  const partChanged =
    !current.active ||
    row.nameZh !== current.nameZh ||
    row.nameEn !== current.nameEn ||
    row.productLineCode !== current.productLineCode ||
    row.returnRequired !== current.returnRequired
  return { change: writePrice || partChanged ? 'updated' : 'unchanged', writePrice }
}

/**
 * Validates parsed rows (CSV or XLSX, first row the header) into catalogue rows, or reports every
 * problem with its row and column: wrong types, negative prices, unknown product lines, duplicate
 * codes, retroactive prices. An unchanged row (an export read back) is recognised and skipped, so its
 * price date in the past is no error. The caller imports only when `errors` is empty (all or nothing).
 */
export function validateCatalogueRows(
  rows: readonly (readonly string[])[],
  ctx: { productLineCodes: readonly string[]; today: IsoDate; current?: readonly CatalogueItem[] },
): { rows: ImportedPart[]; errors: UploadError[]; summary: ImportSummary } {
  const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 }
  const { at, errors } = mapHeader(rows[0] ?? [], CATALOGUE_COLUMNS)
  if (errors.length) return { rows: [], errors, summary }
  const body = rows.slice(1)
  if (body.length > MAX_IMPORT_ROWS) return { rows: [], errors: [tooManyRowsError(MAX_IMPORT_ROWS)], summary }
  const lines = new Set(ctx.productLineCodes)
  const current = new Map((ctx.current ?? []).map((p) => [p.code.toUpperCase(), p]))
  const seen = new Map<string, number>()
  const out: ImportedPart[] = []
  body.forEach((cells, idx) => {
    const rowNo = idx + 2
    if (isBlankRow(cells)) return
    const i = (k: CatalogueColumn) => at[k]
    const cell = (k: CatalogueColumn) => (i(k) === undefined ? '' : (cells[i(k)!] ?? '').trim())
    const fail = (k: CatalogueColumn, zh: string, message: string) => {
      errors.push({
        row: rowNo,
        column: i(k) === undefined ? '' : columnLetter(i(k)!),
        field: k,
        zh,
        message,
      })
    }
    const before = errors.length
    const code = cell('code')
    if (!code) fail('code', '配件编号必填', 'part code is required')
    else if (!PART_CODE_PATTERN.test(code))
      fail(
        'code',
        '配件编号只能含字母、数字和 . _ / -（最多 40 个）',
        'part code: letters, digits and . _ / - only (max 40)',
      )
    else if (seen.has(code.toUpperCase()))
      fail(
        'code',
        `配件编号 ${code} 重复（第 ${seen.get(code.toUpperCase())} 行已有）`,
        `duplicate code ${code} (also on row ${seen.get(code.toUpperCase())})`,
      )
    else seen.set(code.toUpperCase(), rowNo)
    const nameZh = cell('nameZh')
    if (!nameZh) fail('nameZh', '名称必填', 'name is required')
    else if (nameZh.length > 80) fail('nameZh', '名称最多 80 个字', 'name: at most 80 characters')
    const nameEn = cell('nameEn') || nameZh
    if (nameEn.length > 80) fail('nameEn', '名称最多 80 个字', 'name: at most 80 characters')
    const line = cell('productLine').toUpperCase()
    if (!lines.has(line))
      fail(
        'productLine',
        `未知的产品线「${cell('productLine')}」`,
        `unknown product line "${cell('productLine')}"`,
      )
    const money = (k: 'cost' | 'list') => {
      const raw = cell(k)
      const fen = parseYuan(raw)
      if (raw === '' || fen === undefined)
        fail(
          k,
          `「${raw}」不是以元为单位的金额（如 128.50）`,
          `"${raw}" is not an amount in yuan (e.g. 128.50)`,
        )
      else if (fen < 0) fail(k, '价格不能为负', 'a price cannot be negative')
      else if (fen > MAX_PART_PRICE_FEN)
        fail(k, '价格超过 100 万元，不合理', 'a price above 1 000 000 yuan is not plausible')
      return fen ?? 0
    }
    const costFen = money('cost')
    const listFen = money('list')
    const ret = cell('returnRequired').toLowerCase()
    if (!TRUE.includes(ret) && !FALSE.includes(ret))
      fail(
        'returnRequired',
        `「${cell('returnRequired')}」不是 是/否`,
        `"${cell('returnRequired')}" is not yes/no (是/否)`,
      )
    const dateGiven = cell('effectiveFrom') !== ''
    let effectiveFrom = cell('effectiveFrom') || ctx.today
    if (!isIsoDate(effectiveFrom))
      fail(
        'effectiveFrom',
        `「${effectiveFrom}」不是 YYYY-MM-DD 格式的日期`,
        `"${effectiveFrom}" is not a date as YYYY-MM-DD`,
      )
    if (errors.length !== before) return
    const row = {
      code,
      nameZh,
      nameEn,
      productLineCode: line,
      costFen,
      listFen,
      returnRequired: TRUE.includes(ret),
      effectiveFrom,
    }
    const now = current.get(code.toUpperCase())
    // An exported row keeps the date of the price it showed; a new price typed over it starts today.
    const keptDate = dateGiven && now?.priceEffectiveFrom === effectiveFrom && effectiveFrom < ctx.today
    const priceEdited = now && (costFen !== now.costFen || listFen !== now.listFen)
    if (keptDate && priceEdited) effectiveFrom = ctx.today
    const change = compareWithCatalogue(
      { ...row, effectiveFrom },
      now,
      dateGiven && !(keptDate && priceEdited),
    )
    // Only a new price version is refused for a past date: an unchanged row keeps the date it has.
    if (change.writePrice && effectiveFrom < ctx.today) {
      fail('effectiveFrom', '新价格不能从过去的日期生效', 'a price cannot take effect in the past')
      return
    }
    summary[change.change]++
    out.push({ ...row, effectiveFrom, ...change })
  })
  if (!out.length && !errors.length) errors.push(noRowsError())
  return {
    rows: errors.length ? [] : out,
    errors,
    summary: errors.length ? { added: 0, updated: 0, unchanged: 0 } : summary,
  }
}
