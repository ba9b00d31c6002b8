/**
 * Spreadsheet-safe text: a cell that begins with = + - @ (or a tab/CR) would run as a formula in
 * Excel or WPS, so it is prefixed with an apostrophe (CSV injection). Text that already begins with
 * apostrophes before such a character gets one more, so that `unprotectCell` can always tell ours
 * from the user's: `unprotectCell(safeCell(v)) === v` for every v. Only CSV needs this; an XLSX
 * string cell never runs as a formula.
 */
export function safeCell(value: string): string {
  return /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** Undoes `safeCell` on import: exactly one apostrophe comes off, and only where safeCell put it. */
export function unprotectCell(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value
}

/** RFC 4180 CSV with a BOM so that Excel opens Chinese text as UTF-8. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const quote = (v: string) => {
    const s = safeCell(v)
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  return `\uFEFF${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`
}

/**
 * Reads CSV text (RFC 4180: quoted cells, doubled quotes, CRLF or LF, a leading BOM) into rows of
 * cell text, for imports (catalogue, repair orders). Blank lines are kept as rows of one empty cell; the validator skips them.
 */
export function parseCsvRows(text: string): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"' && cell === '') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += c
  }
  if (cell !== '' || row.length) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}
