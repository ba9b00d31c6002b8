import type { CatalogueItem } from '@asq/domain'
import {
  CATALOGUE_COLUMNS,
  DomainError,
  exportCatalogueInput,
  importCatalogueInput,
  listCatalogueInput,
  notFound,
  offsetOf,
  parseCsvRows,
  partCodeInput,
  retroactive,
  toCsv,
  unknownProductLine,
  upsertPartInput,
  validateCatalogueRows,
} from '@asq/domain'
import { z } from 'zod'
import type { Context } from '../../context'
import { readXlsxRows, renderXlsx } from '../../reports/xlsx'
import { staffProcedure } from '../../trpc'
import { feeReaders, ruleEditors, stationStaff } from './fee.roles'
import { todayOf } from './fee.service'

const yuan = (fen: number | null) => (fen === null ? '' : (fen / 100).toFixed(2))

const exportRows = (items: CatalogueItem[]) =>
  items.map((p) => [
    p.code,
    p.nameZh,
    p.nameEn,
    p.productLineCode,
    yuan(p.costFen),
    yuan(p.listFen),
    p.returnRequired ? '是' : '否',
    p.priceEffectiveFrom ?? '',
  ])

async function readRows(format: 'csv' | 'xlsx', base64: string): Promise<string[][]> {
  const buf = Buffer.from(base64, 'base64')
  try {
    return format === 'csv' ? parseCsvRows(buf.toString('utf8')) : await readXlsxRows(buf)
  } catch {
    throw new DomainError(
      'BAD_INPUT',
      'FEE.IMPORT_UNREADABLE',
      `This is not a readable ${format.toUpperCase()} file`,
      {
        field: 'contentBase64',
      },
    )
  }
}

/** Imports a parsed, validated file in one transaction: every row or none. */
export async function importCatalogue(
  ctx: Context & { actor: { username: string } },
  input: z.infer<typeof importCatalogueInput>,
) {
  const rows = await readRows(input.format, input.contentBase64)
  const productLineCodes = await ctx.repos.fee.catalogue.productLineCodes()
  const checked = validateCatalogueRows(rows, { productLineCodes, today: todayOf(ctx) })
  if (checked.errors.length)
    return { imported: 0, total: Math.max(rows.length - 1, 0), errors: checked.errors }
  const imported = await ctx.transact(async ({ repos, audit }) => {
    const n = await repos.fee.catalogue.importRows(checked.rows, ctx.clock())
    await audit({
      action: 'fee.catalogue_import',
      entityType: 'fee_catalogue',
      entityId: 'catalogue',
      before: null,
      after: { format: input.format, rows: n, codes: checked.rows.slice(0, 50).map((r) => r.code) },
    })
    return n
  })
  return { imported, total: imported, errors: [] }
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
  /** The price list as CSV text or XLSX (base64); no cell is ever written as a formula. */
  exportCatalogue: feeReaders()
    .input(exportCatalogueInput.extend({ format: z.enum(['csv', 'xlsx']).default('csv') }))
    .query(async ({ ctx, input }) => {
      const { items } = await ctx.repos.fee.catalogue.list({
        productLineCode: input.productLineCode,
        includeInactive: false,
        asOf: todayOf(ctx),
        limit: 100_000,
        offset: 0,
      })
      const header = CATALOGUE_COLUMNS.map((c) => c.header)
      const filename = `parts-${todayOf(ctx)}.${input.format}`
      if (input.format === 'csv')
        return { filename, format: 'csv' as const, content: toCsv([header, ...exportRows(items)]) }
      const xlsx = await renderXlsx([
        {
          name: '价格表 Price list',
          columns: CATALOGUE_COLUMNS.map((c) => ({ header: c.header, key: c.key })),
          rows: exportRows(items).map((r) =>
            Object.fromEntries(CATALOGUE_COLUMNS.map((c, i) => [c.key, r[i]!])),
          ),
        },
      ])
      return { filename, format: 'xlsx' as const, content: xlsx.toString('base64') }
    }),
}

/** Product lines, for every staff form that picks one. */
export const productLinesProcedure = staffProcedure.query(({ ctx }) => ctx.repos.fee.catalogue.productLines())
