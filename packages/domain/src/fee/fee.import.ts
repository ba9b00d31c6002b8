import { type IsoDate, isIsoDate } from '../shared/china-time'
import { parseYuan } from '../shared/money'
import { MAX_PART_PRICE_FEN, PART_CODE_PATTERN } from './fee.catalogue'

/** The columns of a catalogue file, in the order exports write them; imports find them by header. */
export const CATALOGUE_COLUMNS = [
  { key: 'code', header: '配件编号 Code', aliases: ['配件编号', 'code', 'part code'] },
  { key: 'nameZh', header: '中文名称 Name (zh)', aliases: ['中文名称', 'name (zh)', 'name zh', 'namezh'] },
  { key: 'nameEn', header: '英文名称 Name (en)', aliases: ['英文名称', 'name (en)', 'name en', 'nameen'] },
  { key: 'productLine', header: '产品线 Product line', aliases: ['产品线', 'product line', 'productline'] },
  { key: 'cost', header: '成本价(元) Cost (yuan)', aliases: ['成本价', 'cost'] },
  { key: 'list', header: '保外价(元) List price (yuan)', aliases: ['保外价', 'list price', 'list'] },
  {
    key: 'returnRequired',
    header: '旧件回收 Return old part',
    aliases: ['旧件回收', 'return old part', 'return'],
  },
  {
    key: 'effectiveFrom',
    header: '生效日期 Effective from',
    aliases: ['生效日期', 'effective from', 'effective'],
  },
] as const
export type CatalogueColumn = (typeof CATALOGUE_COLUMNS)[number]['key']
const OPTIONAL: readonly CatalogueColumn[] = ['nameEn', 'returnRequired', 'effectiveFrom']

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

/** One problem of an imported file: spreadsheet row number (1 = header) and column letter + name. */
export type ImportError = { row: number; column: string; field: CatalogueColumn | null; message: string }

const letter = (i: number): string =>
  i < 26 ? String.fromCharCode(65 + i) : letter(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26))

const TRUE = ['y', 'yes', 'true', '1', '是', '需', '需要']
const FALSE = ['n', 'no', 'false', '0', '否', '不', '不需要', '']

/**
 * Validates parsed rows (CSV or XLSX, first row the header) into catalogue rows, or reports every
 * problem with its row and column: wrong types, negative prices, unknown product lines, duplicate
 * codes, retroactive dates. The caller imports only when `errors` is empty (all or nothing).
 */
export function validateCatalogueRows(
  rows: readonly (readonly string[])[],
  ctx: { productLineCodes: readonly string[]; today: IsoDate },
): { rows: CatalogueRow[]; errors: ImportError[] } {
  const errors: ImportError[] = []
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase())
  const at: Partial<Record<CatalogueColumn, number>> = {}
  for (const col of CATALOGUE_COLUMNS) {
    const i = header.findIndex(
      (h) => h === col.header.toLowerCase() || col.aliases.some((a) => h.startsWith(a)),
    )
    if (i >= 0) at[col.key] = i
    else if (!OPTIONAL.includes(col.key))
      errors.push({ row: 1, column: '', field: col.key, message: `missing column "${col.header}"` })
  }
  if (errors.length) return { rows: [], errors }
  const body = rows.slice(1)
  if (body.length > MAX_IMPORT_ROWS) {
    return {
      rows: [],
      errors: [{ row: 1, column: '', field: null, message: `at most ${MAX_IMPORT_ROWS} rows per file` }],
    }
  }
  const lines = new Set(ctx.productLineCodes)
  const seen = new Map<string, number>()
  const out: CatalogueRow[] = []
  body.forEach((cells, idx) => {
    const rowNo = idx + 2
    if (cells.every((c) => c.trim() === '')) return
    const cell = (k: CatalogueColumn) => (at[k] === undefined ? '' : (cells[at[k]!] ?? '').trim())
    const fail = (k: CatalogueColumn, message: string) => {
      errors.push({ row: rowNo, column: at[k] === undefined ? '' : letter(at[k]!), field: k, message })
    }
    const before = errors.length
    const code = cell('code')
    if (!code) fail('code', 'part code is required')
    else if (!PART_CODE_PATTERN.test(code))
      fail('code', 'part code: letters, digits and . _ / - only (max 40)')
    else if (seen.has(code.toUpperCase()))
      fail('code', `duplicate code ${code} (also on row ${seen.get(code.toUpperCase())})`)
    else seen.set(code.toUpperCase(), rowNo)
    const nameZh = cell('nameZh')
    if (!nameZh) fail('nameZh', 'name is required')
    else if (nameZh.length > 80) fail('nameZh', 'name: at most 80 characters')
    const nameEn = cell('nameEn') || nameZh
    if (nameEn.length > 80) fail('nameEn', 'name: at most 80 characters')
    const line = cell('productLine').toUpperCase()
    if (!lines.has(line)) fail('productLine', `unknown product line "${cell('productLine')}"`)
    const money = (k: 'cost' | 'list') => {
      const raw = cell(k)
      const fen = parseYuan(raw)
      if (raw === '' || fen === undefined) fail(k, `"${raw}" is not an amount in yuan (e.g. 128.50)`)
      else if (fen < 0) fail(k, 'a price cannot be negative')
      else if (fen > MAX_PART_PRICE_FEN) fail(k, 'a price above 1 000 000 yuan is not plausible')
      return fen ?? 0
    }
    const costFen = money('cost')
    const listFen = money('list')
    const ret = cell('returnRequired').toLowerCase()
    if (!TRUE.includes(ret) && !FALSE.includes(ret))
      fail('returnRequired', `"${cell('returnRequired')}" is not yes/no (是/否)`)
    const effectiveFrom = cell('effectiveFrom') || ctx.today
    if (!isIsoDate(effectiveFrom)) fail('effectiveFrom', `"${effectiveFrom}" is not a date as YYYY-MM-DD`)
    else if (effectiveFrom < ctx.today) fail('effectiveFrom', 'a price cannot take effect in the past')
    if (errors.length === before) {
      out.push({
        code,
        nameZh,
        nameEn,
        productLineCode: line,
        costFen,
        listFen,
        returnRequired: TRUE.includes(ret),
        effectiveFrom,
      })
    }
  })
  if (!out.length && !errors.length)
    errors.push({ row: 1, column: '', field: null, message: 'the file holds no rows' })
  return { rows: errors.length ? [] : out, errors }
}
