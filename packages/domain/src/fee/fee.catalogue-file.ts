import type { IsoDate } from '../shared/china-time'
import type { UploadColumn } from '../shared/upload-columns'
import type { CatalogueItem } from './fee.ports'

/** The columns of a catalogue file, in the order exports write them; imports find them by header. */
export const CATALOGUE_COLUMNS = [
  { key: 'code', header: '配件编号 Code', aliases: ['配件编号', 'code', 'part code'] },
  { key: 'nameZh', header: '中文名称 Name (zh)', aliases: ['中文名称', 'name (zh)', 'name zh', 'namezh'] },
  {
    key: 'nameEn',
    header: '英文名称 Name (en)',
    aliases: ['英文名称', 'name (en)', 'name en', 'nameen'],
    optional: true,
  },
  { key: 'productLine', header: '产品线 Product line', aliases: ['产品线', 'product line', 'productline'] },
  { key: 'cost', header: '成本价(元) Cost (yuan)', aliases: ['成本价', 'cost'] },
  { key: 'list', header: '保外价(元) List price (yuan)', aliases: ['保外价', 'list price', 'list'] },
  {
    key: 'returnRequired',
    header: '旧件回收 Return old part',
    aliases: ['旧件回收', 'return old part', 'return'],
    optional: true,
  },
  {
    key: 'effectiveFrom',
    header: '生效日期 Effective from',
    aliases: ['生效日期', 'effective from', 'effective'],
    optional: true,
  },
] as const satisfies readonly UploadColumn[]
export type CatalogueColumn = (typeof CATALOGUE_COLUMNS)[number]['key']

/** One row of the file as typed values: text, yuan as numbers, the date as a date. */
export type CatalogueFileRow = {
  code: string
  nameZh: string
  nameEn: string
  productLine: string
  cost: number | null
  list: number | null
  returnRequired: '是' | '否'
  effectiveFrom: IsoDate | null
}

/** What an export writes for each part (the price in force on the export's day). */
export const catalogueFileRows = (items: readonly CatalogueItem[]): CatalogueFileRow[] =>
  items.map((p) => ({
    code: p.code,
    nameZh: p.nameZh,
    nameEn: p.nameEn,
    productLine: p.productLineCode,
    cost: p.costFen === null ? null : p.costFen / 100,
    list: p.listFen === null ? null : p.listFen / 100,
    returnRequired: p.returnRequired ? '是' : '否',
    effectiveFrom: p.priceEffectiveFrom,
  }))

/** The same rows as CSV cells (yuan with two decimals). */
export const catalogueCsvCells = (rows: readonly CatalogueFileRow[]): string[][] => [
  CATALOGUE_COLUMNS.map((c) => c.header),
  ...rows.map((r) =>
    CATALOGUE_COLUMNS.map((c) => {
      const v = r[c.key]
      return typeof v === 'number' ? v.toFixed(2) : (v ?? '')
    }),
  ),
]
