import {
  chinaDayStart,
  importCatalogueInput,
  TERMS_COLUMNS,
  termsCsvCells,
  termsDateTaken,
  termsFileRows,
  termsToExport,
  toCsv,
  validateTermsRows,
} from '@asq/domain'
import { z } from 'zod'
import { renderXlsx } from '../../reports/xlsx'
import { readUpload } from '../../uploads/read-upload'
import { feeReaders, ruleEditors } from './fee.roles'
import { todayOf } from './fee.service'
import { newTermsVersion } from './fee.terms'

// Typed XLSX cells: yuan as numbers with two decimals, the date as a date, the pairs as wrapped text.
const XLSX_FORMATS: Partial<Record<string, { numFmt?: string; width?: number }>> = {
  effectiveFrom: { numFmt: 'yyyy-mm-dd', width: 14 },
  labourRate: { numFmt: '0.00' },
  calloutFee: { numFmt: '0.00' },
  partPrices: { width: 28 },
  extras: { width: 28 },
}

/** Warranty terms as a file: the versions in force and the scheduled ones, out and back in. */
export const termsFileProcedures = {
  /** CSV text or XLSX (base64) of every scope's version in force today and the scheduled versions. */
  exportTerms: feeReaders()
    .input(z.object({ format: z.enum(['csv', 'xlsx']).default('csv') }))
    .query(async ({ ctx, input }) => {
      const today = todayOf(ctx)
      const rows = termsFileRows(termsToExport(await ctx.repos.fee.terms.list({}), today))
      const filename = `warranty-terms-${today}.${input.format}`
      if (input.format === 'csv')
        return { filename, format: 'csv' as const, content: toCsv(termsCsvCells(rows)) }
      const xlsx = await renderXlsx([
        {
          name: '保修条款 Warranty terms',
          columns: TERMS_COLUMNS.map((c) => ({ header: c.header, key: c.key, ...XLSX_FORMATS[c.key] })),
          rows: rows.map((r) => ({ ...r, effectiveFrom: chinaDayStart(r.effectiveFrom) })),
        },
      ])
      return { filename, format: 'xlsx' as const, content: xlsx.toString('base64') }
    }),
  /**
   * A terms file through the upload pipeline: every row or none. Rows equal to the version on file are
   * skipped (an unchanged export writes nothing, not even an audit event); an edited version in force
   * becomes a new version from today; an edited scheduled version replaces it.
   */
  importTerms: ruleEditors()
    .input(importCatalogueInput)
    .mutation(async ({ ctx, input }) => {
      const { rows, kind, encoding } = await readUpload(input.contentBase64)
      const today = todayOf(ctx)
      const [current, productLineCodes, parts] = await Promise.all([
        ctx.repos.fee.terms.list({}),
        ctx.repos.fee.catalogue.productLineCodes(),
        ctx.repos.fee.catalogue.list({ includeInactive: true, asOf: today, limit: 1_000_000, offset: 0 }),
      ])
      const partCodes = new Set(parts.items.map((p) => p.code.toUpperCase()))
      const checked = validateTermsRows(rows, { today, productLineCodes, partCodes, current })
      const total = Math.max(rows.length - 1, 0)
      if (checked.errors.length)
        return { imported: 0, total, errors: checked.errors, summary: checked.summary }
      const changed = checked.rows.filter((r) => r.change !== 'unchanged')
      if (changed.length)
        await ctx.transact(async ({ repos, audit }) => {
          const added = []
          for (const r of changed) {
            if (r.replaces) await repos.fee.terms.remove(r.replaces)
            const t = await repos.fee.terms.add(newTermsVersion(r, ctx.actor.username, ctx.clock()))
            // Another editor added a version on that day since the file was checked: all or nothing.
            if (!t) throw termsDateTaken(r.effectiveFrom)
            added.push(t)
          }
          await audit({
            action: 'fee.terms_import',
            entityType: 'fee_terms',
            entityId: 'terms',
            before: null,
            after: {
              kind,
              encoding,
              ...checked.summary,
              replaced: changed.flatMap((r) => (r.replaces ? [r.replaces] : [])),
              versions: added.slice(0, 50).map((t) => t.id),
            },
          })
        })
      return { imported: changed.length, total: checked.rows.length, errors: [], summary: checked.summary }
    }),
}
