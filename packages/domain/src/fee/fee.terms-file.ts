import type { IsoDate } from '../shared/china-time'
import { parseYuan } from '../shared/money'
import type { UploadColumn } from '../shared/upload-columns'
import type { StartBasis, UsageUnit } from './fee.vocabulary'
import type { CardStandard, WarrantyTerms } from './fee.warranty'

/**
 * The warranty-terms file (CSV or XLSX): one row per version of a scope (a product line, or one part's
 * override). The warranty card's fee standard sits in four columns; its part prices and extras are
 * one cell each, one `名称=金额` per line, so a spreadsheet user can read and edit them.
 */
export const TERMS_COLUMNS = [
  { key: 'productLine', header: '产品线 Product line', aliases: ['产品线', 'product line', 'productline'] },
  {
    key: 'partCode',
    header: '配件编号 Part code',
    aliases: ['配件编号', 'part code', 'partcode', 'part'],
    optional: true,
  },
  { key: 'months', header: '保修月数 Months', aliases: ['保修月数', 'months', '月数'] },
  {
    key: 'usageLimit',
    header: '里程/时长上限 Usage limit',
    aliases: ['里程/时长上限', '里程上限', 'usage limit', 'usagelimit'],
    optional: true,
  },
  { key: 'usageUnit', header: '单位 Unit', aliases: ['单位', 'unit', 'usage unit'], optional: true },
  {
    key: 'startBasis',
    header: '起算 Start basis',
    aliases: ['起算', '起算日', 'start basis', 'startbasis', 'start'],
    optional: true,
  },
  {
    key: 'effectiveFrom',
    header: '生效日期 Effective from',
    aliases: ['生效日期', 'effective from', 'effective'],
  },
  {
    key: 'labourRate',
    header: '保修卡工时单价(元) Card labour rate (yuan)',
    aliases: ['保修卡工时单价', 'card labour rate'],
    optional: true,
  },
  {
    key: 'calloutFee',
    header: '保修卡外出费(元) Card call-out fee (yuan)',
    aliases: ['保修卡外出费', 'card call-out fee', 'card callout fee'],
    optional: true,
  },
  {
    key: 'partPrices',
    header: '保修卡配件价 Card part prices',
    aliases: ['保修卡配件价', 'card part prices'],
    optional: true,
  },
  {
    key: 'extras',
    header: '保修卡附加项 Card extras',
    aliases: ['保修卡附加项', 'card extras'],
    optional: true,
  },
] as const satisfies readonly UploadColumn[]
export type TermsColumn = (typeof TERMS_COLUMNS)[number]['key']

/** The words a file uses for the two vocabularies, Chinese first; English is read too. */
export const USAGE_UNIT_WORDS: Record<UsageUnit, readonly [string, ...string[]]> = {
  km: ['公里', 'km'],
  hours: ['小时', 'hours', 'h'],
}
export const START_BASIS_WORDS: Record<StartBasis, readonly [string, ...string[]]> = {
  purchase: ['购车日', 'purchase'],
  delivery: ['交车日', 'delivery'],
}

/** One row of the file as typed values (yuan as numbers, the date as a date). */
export type TermsFileRow = {
  productLine: string
  partCode: string
  months: number
  usageLimit: number | null
  usageUnit: string
  startBasis: string
  effectiveFrom: IsoDate
  labourRate: number | null
  calloutFee: number | null
  partPrices: string
  extras: string
}

const yuan = (fen: number) => (fen / 100).toFixed(2)
const pairsCell = (r: Record<string, number>) =>
  Object.entries(r)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, fen]) => `${k}=${yuan(fen)}`)
    .join('\n')

/** A card with nothing set says no more than no card: both are written as four empty cells. */
export const isEmptyCard = (c: CardStandard | null | undefined) =>
  !c ||
  (c.labourRateFen === null &&
    c.calloutFeeFen === null &&
    !Object.keys(c.partPrices).length &&
    !Object.keys(c.extras).length)

/** What an export writes for each version. */
export const termsFileRows = (terms: readonly WarrantyTerms[]): TermsFileRow[] =>
  terms.map((t) => {
    const card = isEmptyCard(t.card) ? null : t.card
    return {
      productLine: t.productLineCode,
      partCode: t.partCode ?? '',
      months: t.months,
      usageLimit: t.usageLimit,
      usageUnit: USAGE_UNIT_WORDS[t.usageUnit][0],
      startBasis: START_BASIS_WORDS[t.startBasis][0],
      effectiveFrom: t.effectiveFrom,
      labourRate: card?.labourRateFen == null ? null : card.labourRateFen / 100,
      calloutFee: card?.calloutFeeFen == null ? null : card.calloutFeeFen / 100,
      partPrices: card ? pairsCell(card.partPrices) : '',
      extras: card ? pairsCell(card.extras) : '',
    }
  })

/** The same rows as CSV cells (yuan with two decimals). */
export const termsCsvCells = (rows: readonly TermsFileRow[]): string[][] => [
  TERMS_COLUMNS.map((c) => c.header),
  ...rows.map((r) =>
    TERMS_COLUMNS.map((c) => {
      const v = r[c.key]
      if (v === null) return ''
      if (typeof v === 'number')
        return c.key === 'labourRate' || c.key === 'calloutFee' ? v.toFixed(2) : String(v)
      return v
    }),
  ),
]

/**
 * A `名称=金额` cell (one pair per line) back into a record of fen. The name is everything before the
 * last `=` (amounts never hold one), so a name may contain `=` or `;`; names cannot hold a line break.
 */
export function parsePairs(cell: string): { value: Record<string, number> } | { badLine: string } {
  const value: Record<string, number> = {}
  for (const raw of cell.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line) continue
    const cut = line.lastIndexOf('=')
    const name = cut > 0 ? line.slice(0, cut).trim() : ''
    const fen = cut > 0 ? parseYuan(line.slice(cut + 1)) : undefined
    if (!name || fen === undefined) return { badLine: line }
    value[name] = fen
  }
  return { value }
}
