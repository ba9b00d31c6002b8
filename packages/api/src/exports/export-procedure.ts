import { chinaDate } from '@asq/domain'
import type { AnyRouter } from '@trpc/server'
import { z } from 'zod'
import type { Cell } from '../reports/xlsx'
import type { ExportColumn, ExportFormat } from './stream-export'

/**
 * Exports are ordinary procedures of the list they export (same builder, same tenant scope, the list's
 * filters plus a format) marked `meta({ export: true })`. They answer a description whose rows are
 * pulled page by page while the file is written; `/export/<path>` streams it, /trpc refuses it.
 */
export type ExportDescription = {
  filename: string
  sheet: string
  format: ExportFormat
  columns: readonly ExportColumn[]
  rows: AsyncIterable<Cell[]>
}

/** Rows fetched per keyset page while an export is written. */
const EXPORT_PAGE = 1000

/** The list's filter schema with the export's format. */
export const withFormat = <T extends z.ZodRawShape>(filters: z.ZodObject<T>) =>
  filters.extend({ format: z.enum(['csv', 'xlsx']) })

/** A page of a keyset-paged list: its rows and where the next page starts (null: the last page). */
export type KeysetPage<T> = { items: T[]; nextCursor: string | null }

/** Every row of a keyset-paged list, EXPORT_PAGE at a time, as cells; never more than a page in memory. */
export async function* keysetRows<T>(
  page: (after: string | undefined, limit: number) => Promise<KeysetPage<T>>,
  cells: (item: T) => Cell[],
): AsyncGenerator<Cell[]> {
  let after: string | undefined
  do {
    const p = await page(after, EXPORT_PAGE)
    for (const item of p.items) yield cells(item)
    after = p.nextCursor ?? undefined
  } while (after)
}

/** The cursor after a page read by a sort key: the last row's key, or null when the page was not full. */
export const nextAfter = <T>(items: readonly T[], limit: number, key: (item: T) => string): string | null =>
  items.length === limit && items.length ? key(items[items.length - 1]!) : null

/** An export description named `<name>-<China local date>.<format>`. */
export const describeExport = (
  now: Date,
  name: string,
  format: ExportFormat,
  parts: { sheet: string; columns: readonly ExportColumn[]; rows: AsyncIterable<Cell[]> },
): ExportDescription => ({ filename: `${name}-${chinaDate(now)}.${format}`, format, ...parts })

/** The paths of a router's export procedures, read from their meta. */
export function exportPaths(router: AnyRouter): Set<string> {
  const procedures = (router._def as { procedures: Record<string, { _def: { meta?: { export?: true } } }> })
    .procedures
  return new Set(Object.keys(procedures).filter((p) => procedures[p]!._def.meta?.export))
}

/** Columns of text headers (zh + en), optionally with a number format per column. */
export const columnsOf = (...headers: (string | ExportColumn)[]): ExportColumn[] =>
  headers.map((h) => (typeof h === 'string' ? { header: h } : h))
