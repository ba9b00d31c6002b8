import type { IsoDate } from '../shared/china-time'
import { parseYuan } from '../shared/money'
import {
  columnLetter,
  isBlankRow,
  mapHeader,
  noRowsError,
  tooManyRowsError,
  type UploadError,
} from '../shared/upload-columns'
import { type AddTermsInput, addTermsInput } from './fee.schema'
import {
  isEmptyCard,
  parsePairs,
  START_BASIS_WORDS,
  TERMS_COLUMNS,
  type TermsColumn,
  USAGE_UNIT_WORDS,
} from './fee.terms-file'
import type { WarrantyTerms } from './fee.warranty'

export const MAX_TERMS_IMPORT_ROWS = 5000

/** A valid row and what it does: nothing, a new version, or a scheduled version replaced. */
export type ImportedTerms = AddTermsInput & {
  change: 'added' | 'updated' | 'unchanged'
  /** A scheduled (future) version of the same scope and date that this row replaces. */
  replaces: string | null
}
export type TermsImportSummary = { added: number; updated: number; unchanged: number }

/** The field of addTermsInput each column feeds, for mapping the schema's issues back to a cell. */
const FIELD_COLUMN: Record<string, TermsColumn> = {
  productLineCode: 'productLine',
  partCode: 'partCode',
  months: 'months',
  usageLimit: 'usageLimit',
  usageUnit: 'usageUnit',
  startBasis: 'startBasis',
  effectiveFrom: 'effectiveFrom',
  labourRateFen: 'labourRate',
  calloutFeeFen: 'calloutFee',
  partPrices: 'partPrices',
  extras: 'extras',
}
const PROBLEM_ZH: Record<TermsColumn, string> = {
  productLine: '产品线代码无效',
  partCode: '配件编号只能含字母、数字和 . _ / -',
  months: '保修月数应为 0 到 240 的整数',
  usageLimit: '里程/时长上限应为正整数，或留空',
  usageUnit: '单位应为「公里」或「小时」',
  startBasis: '起算应为「购车日」或「交车日」',
  effectiveFrom: '生效日期应为 YYYY-MM-DD 格式的日期',
  labourRate: '保修卡工时单价超出允许范围，或保修卡只能属于产品线条款（配件条款不能有）',
  calloutFee: '保修卡外出费超出允许范围',
  partPrices: '保修卡配件价每行应为「配件编号=金额」',
  extras: '保修卡附加项每行应为「名称=金额」（名称最多 40 字）',
}

const scopeKey = (productLine: string, part: string | null | undefined) =>
  `${productLine.toUpperCase()}|${(part ?? '').toUpperCase()}`
const sameCard = (a: WarrantyTerms['card'], b: AddTermsInput['card']) => {
  if (isEmptyCard(a) || isEmptyCard(b)) return isEmptyCard(a) && isEmptyCard(b)
  const rec = (r: Record<string, number>) =>
    JSON.stringify(Object.entries(r).sort(([x], [y]) => (x < y ? -1 : 1)))
  return (
    a!.labourRateFen === b!.labourRateFen &&
    a!.calloutFeeFen === b!.calloutFeeFen &&
    rec(a!.partPrices) === rec(b!.partPrices) &&
    rec(a!.extras) === rec(b!.extras)
  )
}
/** Same rule as the version on file (the scope and date already match). */
export const sameTerms = (t: WarrantyTerms, r: AddTermsInput) =>
  t.months === r.months &&
  t.usageLimit === r.usageLimit &&
  t.usageUnit === r.usageUnit &&
  t.startBasis === r.startBasis &&
  sameCard(t.card, r.card)

/** The version in force on `day` for each scope: the latest date not after it (then the highest version). */
export function versionsInForce(terms: readonly WarrantyTerms[], day: IsoDate): Map<string, WarrantyTerms> {
  const out = new Map<string, WarrantyTerms>()
  for (const t of terms) {
    if (t.effectiveFrom > day) continue
    const k = scopeKey(t.productLineCode, t.partCode)
    const best = out.get(k)
    if (
      !best ||
      t.effectiveFrom > best.effectiveFrom ||
      (t.effectiveFrom === best.effectiveFrom && t.version > best.version)
    )
      out.set(k, t)
  }
  return out
}

/** What an export holds: the version in force today of every scope, then the scheduled ones. */
export function termsToExport(terms: readonly WarrantyTerms[], today: IsoDate): WarrantyTerms[] {
  const inForce = [...versionsInForce(terms, today).values()]
  const scheduled = terms.filter((t) => t.effectiveFrom > today)
  return [...inForce, ...scheduled].sort(
    (a, b) =>
      scopeKey(a.productLineCode, a.partCode).localeCompare(scopeKey(b.productLineCode, b.partCode)) ||
      a.effectiveFrom.localeCompare(b.effectiveFrom),
  )
}

function wordOf<T extends string>(
  words: Record<T, readonly string[]>,
  cell: string,
  fallback: T,
): T | undefined {
  if (cell === '') return fallback
  const c = cell.toLowerCase()
  return (Object.keys(words) as T[]).find((k) => words[k].some((w) => w.toLowerCase() === c))
}

/**
 * Validates the rows of a terms file against the terms on file. A row equal to the version of its
 * scope and date changes nothing (so a re-imported export is all "unchanged"); a changed row of the
 * version in force becomes a new version from today; a changed scheduled version is replaced; a new
 * date must not be in the past. Every problem is reported with its row and column; the caller writes
 * only when there is none (all or nothing).
 */
export function validateTermsRows(
  rows: readonly (readonly string[])[],
  ctx: {
    today: IsoDate
    productLineCodes: readonly string[]
    partCodes: ReadonlySet<string>
    current: readonly WarrantyTerms[]
  },
): { rows: ImportedTerms[]; errors: UploadError[]; summary: TermsImportSummary } {
  const summary: TermsImportSummary = { added: 0, updated: 0, unchanged: 0 }
  const { at, errors } = mapHeader(rows[0] ?? [], TERMS_COLUMNS)
  if (errors.length) return { rows: [], errors, summary }
  const body = rows.slice(1)
  if (body.length > MAX_TERMS_IMPORT_ROWS)
    return { rows: [], errors: [tooManyRowsError(MAX_TERMS_IMPORT_ROWS)], summary }
  const lines = new Set(ctx.productLineCodes)
  const inForce = versionsInForce(ctx.current, ctx.today)
  const byKeyAndDate = new Map(
    ctx.current.map((t) => [`${scopeKey(t.productLineCode, t.partCode)}|${t.effectiveFrom}`, t]),
  )
  const seen = new Map<string, number>()
  const out: ImportedTerms[] = []
  body.forEach((cells, idx) => {
    const rowNo = idx + 2
    if (isBlankRow(cells)) return
    const cell = (k: TermsColumn) => (at[k] === undefined ? '' : (cells[at[k]!] ?? '').trim())
    const fail = (k: TermsColumn, zh: string, message: string) =>
      errors.push({
        row: rowNo,
        column: at[k] === undefined ? '' : columnLetter(at[k]!),
        field: k,
        zh,
        message,
      })
    const before = errors.length
    const int = (k: 'months' | 'usageLimit') =>
      cell(k) === '' ? null : /^\d+$/.test(cell(k)) ? Number(cell(k)) : Number.NaN
    const money = (k: 'labourRate' | 'calloutFee') => {
      if (cell(k) === '') return null
      const fen = parseYuan(cell(k))
      if (fen === undefined)
        fail(k, `「${cell(k)}」不是以元为单位的金额（如 128.50）`, `"${cell(k)}" is not an amount in yuan`)
      return fen ?? null
    }
    const pairs = (k: 'partPrices' | 'extras') => {
      const p = parsePairs(cell(k))
      if ('badLine' in p) fail(k, `「${p.badLine}」应为「名称=金额」`, `"${p.badLine}" is not name=amount`)
      return 'value' in p ? p.value : {}
    }
    const usageUnit = wordOf(USAGE_UNIT_WORDS, cell('usageUnit'), 'km')
    const startBasis = wordOf(START_BASIS_WORDS, cell('startBasis'), 'purchase')
    const card = {
      labourRateFen: money('labourRate'),
      calloutFeeFen: money('calloutFee'),
      partPrices: pairs('partPrices'),
      extras: pairs('extras'),
    }
    const parsed = addTermsInput.safeParse({
      productLineCode: cell('productLine'),
      partCode: cell('partCode') || null,
      months: int('months') ?? Number.NaN,
      usageLimit: int('usageLimit'),
      usageUnit: usageUnit ?? cell('usageUnit'),
      startBasis: startBasis ?? cell('startBasis'),
      effectiveFrom: cell('effectiveFrom'),
      card: isEmptyCard(card) ? null : card,
    })
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        // A card's issue is about one of its cells (card.calloutFeeFen, card.extras.<name>); an issue
        // of the card as a whole (a card on a part override) goes to its first column.
        const [top, sub] = issue.path.map(String)
        const k = FIELD_COLUMN[String(top === 'card' ? sub : top)] ?? 'labourRate'
        if (!errors.some((e) => e.row === rowNo && e.field === k)) fail(k, PROBLEM_ZH[k], issue.message)
      }
    if (errors.length !== before || !parsed.success) return
    const t = parsed.data
    const scope = scopeKey(t.productLineCode, t.partCode)
    if (!lines.has(t.productLineCode))
      fail(
        'productLine',
        `未知的产品线「${t.productLineCode}」`,
        `unknown product line "${t.productLineCode}"`,
      )
    if (t.partCode && !ctx.partCodes.has(t.partCode))
      fail('partCode', `未知的配件「${t.partCode}」`, `unknown part "${t.partCode}"`)
    if (seen.has(`${scope}|${t.effectiveFrom}`))
      fail(
        'effectiveFrom',
        `同一范围、同一生效日期重复（第 ${seen.get(`${scope}|${t.effectiveFrom}`)} 行已有）`,
        `the same scope and date twice (also on row ${seen.get(`${scope}|${t.effectiveFrom}`)})`,
      )
    seen.set(`${scope}|${t.effectiveFrom}`, rowNo)
    if (errors.length !== before) return
    const onFile = byKeyAndDate.get(`${scope}|${t.effectiveFrom}`)
    if (onFile && sameTerms(onFile, t)) {
      summary.unchanged++
      out.push({ ...t, change: 'unchanged', replaces: null })
      return
    }
    if (t.effectiveFrom > ctx.today || (t.effectiveFrom === ctx.today && !onFile)) {
      // A new scheduled version, or a scheduled one replaced.
      summary[onFile ? 'updated' : 'added']++
      out.push({ ...t, change: onFile ? 'updated' : 'added', replaces: onFile?.id ?? null })
      return
    }
    // The version in force edited in place: the new rule takes effect today, as a new version.
    if (onFile && inForce.get(scope)?.id === onFile.id && onFile.effectiveFrom < ctx.today) {
      if (seen.has(`${scope}|${ctx.today}`)) {
        fail('effectiveFrom', '同一范围今天的新版本重复', 'two new versions of one scope from today')
        return
      }
      seen.set(`${scope}|${ctx.today}`, rowNo)
      summary.updated++
      out.push({ ...t, effectiveFrom: ctx.today, change: 'updated', replaces: null })
      return
    }
    fail(
      'effectiveFrom',
      '新条款不能从过去或今天已生效的日期开始',
      'new terms cannot take effect in the past',
    )
  })
  if (!out.length && !errors.length) errors.push(noRowsError())
  return errors.length
    ? { rows: [], errors, summary: { added: 0, updated: 0, unchanged: 0 } }
    : { rows: out, errors, summary }
}
