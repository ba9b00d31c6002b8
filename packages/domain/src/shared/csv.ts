/**
 * Spreadsheet-safe text: a cell that begins with = + - @ (or a tab/CR) would run as a formula in
 * Excel or WPS, so it is prefixed with an apostrophe (CSV injection).
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** RFC 4180 CSV with a BOM so that Excel opens Chinese text as UTF-8. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const quote = (v: string) => {
    const s = safeCell(v)
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  return `\uFEFF${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`
}
