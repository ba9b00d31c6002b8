import { claimFileCells, IMPORT_COLUMNS, type ReimbursementLineInput } from '@asq/domain'
import type { Context } from '../../context'
import { describeExport, type ExportDescription } from '../../exports/export-procedure'
import type { ExportFormat } from '../../exports/stream-export'
import type { Cell } from '../../reports/xlsx'
import { loadClaim } from './reimbursement.service'

const NUMERIC = new Set<string>(['quantity', 'labourHours', 'usageReading'])
const columns = IMPORT_COLUMNS.map((c) => ({
  header: c.header,
  width: NUMERIC.has(c.key) ? 12 : 20,
  ...(c.key === 'labourHours' ? { numFmt: '0.00' } : {}),
}))

/**
 * One line in the import's own columns: the codes and the date as text (a date cell would come back
 * as a date-time in CSV), quantities and readings as numbers in XLSX.
 */
function cells(line: ReimbursementLineInput, format: ExportFormat): Cell[] {
  const text = claimFileCells([line])[1]!
  return IMPORT_COLUMNS.map((c, i) => {
    const v = line[c.key]
    return format === 'xlsx' && NUMERIC.has(c.key) && typeof v === 'number' ? v : text[i]!
  })
}

/** A station's claim as a repair-order file it can keep in Excel and import again unchanged. */
export async function exportClaimLines(
  ctx: Context & { dealerId: string },
  input: { id: string; format: ExportFormat },
): Promise<ExportDescription> {
  const claim = await loadClaim(ctx.repos, input.id, ctx.dealerId)
  const lines = await ctx.repos.reimbursement.lines.ofClaim(claim.id)
  async function* rows() {
    for (const l of lines) yield cells(l, input.format)
  }
  return describeExport(ctx.clock(), `claim-${claim.period}`, input.format, {
    sheet: '索赔明细 Claim lines',
    columns,
    rows: rows(),
  })
}
