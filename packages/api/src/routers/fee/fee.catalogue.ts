import {
  CATALOGUE_COLUMNS,
  type CatalogueFileRow,
  type CatalogueItem,
  catalogueCsvCells,
  catalogueFileRows,
  chinaDayStart,
  exportCatalogueInput,
  importCatalogueInput,
  listCatalogueInput,
  notFound,
  offsetOf,
  partCodeInput,
  retroactive,
  unknownProductLine,
  upsertPartInput,
  validateCatalogueRows,
} from '@asq/domain'
import type { z } from 'zod'
import type { Context } from '../../context'
import { describeExport, keysetRows, nextAfter, withFormat } from '../../exports/export-procedure'
import type { ExportFormat } from '../../exports/stream-export'
import type { Cell } from '../../reports/xlsx'
import { staffProcedure } from '../../trpc'
import { readUpload } from '../../uploads/read-upload'
import { feeReaders, ruleEditors, stationStaff } from './fee.roles'
import { todayOf } from './fee.service'

/** Imports a file through the upload pipeline: every row or none, and rows already so are skipped. */
async function importCatalogue(
  ctx: Context & { actor: { username: string } },
  input: z.infer<typeof importCatalogueInput>,
) {
  const { rows, kind, encoding } = await readUpload(input.contentBase64)
  const productLineCodes = await ctx.repos.fee.catalogue.productLineCodes()
  const today = todayOf(ctx)
  const current = await ctx.repos.fee.catalogue.list({
    includeInactive: true,
    asOf: today,
    limit: 1_000_000,
    offset: 0,
  })
  const checked = validateCatalogueRows(rows, { productLineCodes, today, current: current.items })
  const total = Math.max(rows.length - 1, 0)
  if (checked.errors.length) return { imported: 0, total, errors: checked.errors, summary: checked.summary }
  const changed = checked.rows.filter((r) => r.change !== 'unchanged')
  // An unchanged file writes nothing: no transaction, no audit event.
  if (changed.length)
    await ctx.transact(async ({ repos, audit }) => {
      await repos.fee.catalogue.importRows(changed, ctx.clock())
      await audit({
        action: 'fee.catalogue_import',
        entityType: 'fee_catalogue',
        entityId: 'catalogue',
        before: null,
        after: { kind, encoding, ...checked.summary, codes: changed.slice(0, 50).map((r) => r.code) },
      })
    })
  return { imported: changed.length, total: checked.rows.length, errors: [], summary: checked.summary }
}

async function listCatalogue(ctx: Context, input: z.infer<typeof listCatalogueInput>) {
  const { items, total } = await ctx.repos.fee.catalogue.list({
    q: input.q,
    productLineCode: input.productLineCode,
    includeInactive: input.includeInactive,
    asOf: todayOf(ctx),
    limit: input.pageSize,
    offset: offsetOf(input),
  })
  return { items, total, page: input.page, pageSize: input.pageSize }
}

/** The station's view of the catalogue (active parts, today's prices), for quotes and parts requests. */
export const stationCatalogueProcedure = stationStaff()
  .input(listCatalogueInput.omit({ includeInactive: true }))
  .query(({ ctx, input }) => listCatalogue(ctx, { ...input, includeInactive: false }))

// Typed XLSX cells: yuan as numbers with two decimals, the date as a date.
const XLSX_FORMATS: Partial<Record<string, { numFmt: string; width?: number }>> = {
  cost: { numFmt: '0.00' },
  list: { numFmt: '0.00' },
  effectiveFrom: { numFmt: 'yyyy-mm-dd', width: 14 },
}

/** A part as the file's cells: CSV as the domain writes it (yuan with two decimals), XLSX typed. */
const catalogueCells =
  (format: ExportFormat) =>
  (item: CatalogueItem): Cell[] => {
    const [row] = catalogueFileRows([item]) as [CatalogueFileRow]
    if (format === 'csv') return catalogueCsvCells([row])[1]!
    return CATALOGUE_COLUMNS.map((c) =>
      c.key === 'effectiveFrom' ? (row.effectiveFrom ? chinaDayStart(row.effectiveFrom) : null) : row[c.key],
    )
  }

export const catalogueProcedures = {
  /** Catalogue and price list, paged and searchable (code or name), with the price in force today. */
  catalogue: feeReaders()
    .input(listCatalogueInput)
    .query(({ ctx, input }) => listCatalogue(ctx, input)),
  /** One part with all its price versions (past, current and scheduled). */
  part: feeReaders()
    .input(partCodeInput)
    .query(async ({ ctx, input }) => {
      const [part] = await ctx.repos.fee.catalogue.parts([input.code])
      if (!part) throw notFound('part')
      return { ...part, prices: await ctx.repos.fee.catalogue.prices([input.code]) }
    }),
  upsertPart: ruleEditors()
    .input(upsertPartInput)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const today = todayOf(ctx)
        const effectiveFrom = input.effectiveFrom ?? today
        if (effectiveFrom < today) throw retroactive()
        if (!(await repos.fee.catalogue.productLineCodes()).includes(input.productLineCode))
          throw unknownProductLine(input.productLineCode)
        const [before] = await repos.fee.catalogue.parts([input.code])
        const { costFen, listFen, effectiveFrom: _, ...part } = input
        await repos.fee.catalogue.upsert(
          { ...part, nameEn: part.nameEn || part.nameZh },
          { partCode: input.code, effectiveFrom, costFen, listFen },
          ctx.clock(),
        )
        await audit({
          action: before ? 'fee.part_update' : 'fee.part_create',
          entityType: 'fee_part',
          entityId: input.code,
          before: before ?? null,
          after: { ...input, effectiveFrom },
        })
        return { code: input.code, effectiveFrom }
      }),
    ),
  /** CSV or XLSX (base64): per-row/column errors, or every row imported in one transaction. */
  importCatalogue: ruleEditors()
    .input(importCatalogueInput)
    .mutation(({ ctx, input }) => importCatalogue(ctx, input)),
  /** The price list as CSV or XLSX, streamed by /export/fee.hq.exportCatalogue; it imports back as is. */
  exportCatalogue: feeReaders()
    .meta({ export: true })
    .input(withFormat(exportCatalogueInput))
    .query(({ ctx, input }) => {
      const asOf = todayOf(ctx)
      return describeExport(ctx.clock(), 'parts', input.format, {
        sheet: '价格表 Price list',
        columns: CATALOGUE_COLUMNS.map((c) => ({ header: c.header, ...XLSX_FORMATS[c.key] })),
        rows: keysetRows(async (after, limit) => {
          const { items } = await ctx.repos.fee.catalogue.list({
            productLineCode: input.productLineCode,
            q: input.q,
            includeInactive: false,
            asOf,
            limit,
            offset: 0,
            afterCode: after ?? '',
          })
          return { items, nextCursor: nextAfter(items, limit, (p) => p.code) }
        }, catalogueCells(input.format)),
      })
    }),
}

/** Product lines, for every staff form that picks one. */
export const productLinesProcedure = staffProcedure.query(({ ctx }) => ctx.repos.fee.catalogue.productLines())
