/**
 * Columns of an import, found by their header in Chinese or English and in any order, and the one
 * shape of a problem in a file: its spreadsheet row (1 = the header), column letter and message in
 * both languages, shown as "第 3 行 E 列: …" / "row 3, column E: …".
 */
export type UploadColumn<K extends string = string> = {
  key: K
  /** What our exports write: Chinese, then English. */
  header: string
  /** Other headers people write, lower case (a header may also begin with one, e.g. "成本价(元)"). */
  aliases: readonly string[]
  optional?: boolean
}

export type UploadError = {
  row: number
  /** The column letter (A, B, … AA), or '' when the problem is the whole row or file. */
  column: string
  /** The column's key, when the problem is one cell. */
  field: string | null
  zh: string
  message: string
}

export const columnLetter = (i: number): string =>
  i < 26
    ? String.fromCharCode(65 + i)
    : columnLetter(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26))

const normal = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()

// A header may add a unit in brackets to an alias ("成本价(元)", "cost (yuan)"), or English after a
// Chinese alias ("配件编号 Part code"); a bare English word never swallows a longer one ("part name").
const extends_ = (h: string, a: string) => {
  if (!h.startsWith(a)) return false
  const rest = h.slice(a.length)
  return /^ ?[(（]/.test(rest) || (/[\u4e00-\u9fff]/.test(a) && rest.startsWith(' '))
}
const matches = (h: string, c: UploadColumn) =>
  h === normal(c.header) || c.aliases.some((a) => h === a || extends_(h, a))

/** Where each column is; a missing required column is an error on row 1. */
export function mapHeader<K extends string>(
  header: readonly string[],
  columns: readonly UploadColumn<K>[],
): { at: Partial<Record<K, number>>; errors: UploadError[] } {
  const cells = header.map(normal)
  const at: Partial<Record<K, number>> = {}
  const errors: UploadError[] = []
  for (const c of columns) {
    const i = cells.findIndex((h) => matches(h, c))
    if (i >= 0) at[c.key] = i
    else if (!c.optional)
      errors.push({
        row: 1,
        column: '',
        field: c.key,
        zh: `缺少列「${c.header}」`,
        message: `missing column "${c.header}"`,
      })
  }
  return { at, errors }
}

/** One problem as a sentence, in Chinese or English. */
export function uploadErrorText(e: UploadError, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return `第 ${e.row} 行${e.column ? ` ${e.column} 列` : ''}: ${e.zh}`
  return `row ${e.row}${e.column ? `, column ${e.column}` : ''}: ${e.message}`
}

/** A problem of the whole file (row 1, no column). */
export const fileError = (zh: string, message: string): UploadError => ({
  row: 1,
  column: '',
  field: null,
  zh,
  message,
})
export const noRowsError = () => fileError('文件中没有数据行', 'the file holds no rows')
export const tooManyRowsError = (max: number) =>
  fileError(`每个文件最多 ${max} 行`, `at most ${max} rows per file`)

/** A body row whose every cell is blank is skipped, not an error. */
export const isBlankRow = (cells: readonly string[]) => cells.every((c) => c.trim() === '')
