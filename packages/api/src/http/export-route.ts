import { DomainError, isDomainError } from '@asq/domain'
import { TRPCError } from '@trpc/server'
import { getHTTPStatusCodeFromError } from '@trpc/server/http'
import type { Context as HonoContext, MiddlewareHandler } from 'hono'
import type { Context } from '../context'
import { errorData, toTRPCError } from '../errors'
import { type ExportDescription, exportPaths } from '../exports/export-procedure'
import { exportStream } from '../exports/stream-export'
import type { Cell } from '../reports/xlsx'
import { appRouter, createCaller } from '../root'
import { trpcRefusal } from './batch-guard'

const EXPORTS = exportPaths(appRouter)

const CONTENT_TYPE = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const

/** An error as tRPC would answer it (same message, code and field), with its HTTP status. */
export function errorResponse(c: HonoContext, e: unknown, log: (entry: Record<string, unknown>) => void) {
  const error =
    e instanceof TRPCError
      ? e
      : isDomainError(e)
        ? toTRPCError(e)
        : new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: e instanceof Error ? e : undefined })
  if (error.code === 'INTERNAL_SERVER_ERROR')
    log({ level: 'error', msg: 'download failed', path: c.req.path, error: String(error.cause ?? error) })
  const status = getHTTPStatusCodeFromError(error)
  const { message, data } = errorData(error)
  return c.json(
    { error: { message, code: error.code, data: { httpStatus: status, ...data } } },
    status as 400,
  )
}

/** The rows with their first one already read, so a failure of the first page is still an HTTP error. */
async function started(rows: AsyncIterable<Cell[]>): Promise<AsyncIterable<Cell[]>> {
  const it = rows[Symbol.asyncIterator]()
  const first = await it.next()
  return (async function* () {
    if (first.done) return
    yield first.value
    for (let n = await it.next(); !n.done; n = await it.next()) yield n.value
  })()
}

/** `attachment` with the UTF-8 file name (RFC 6266/5987) and an ASCII fallback for old clients. */
export const contentDisposition = (filename: string) =>
  `attachment; filename="${filename.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`

/** /trpc refuses export procedures: their rows are an iterator only /export can stream. */
export const refuseExportsOnTrpc: MiddlewareHandler = async (c, next) => {
  let paths: string[] = []
  try {
    paths = decodeURIComponent(c.req.path.slice('/trpc/'.length)).split(',')
  } catch {}
  const found = paths.find((p) => EXPORTS.has(p))
  if (found)
    return trpcRefusal(c, 400, 'HTTP.EXPORT_ONLY', `${found} is an export: download it from /export/${found}`)
  await next()
}

/**
 * GET /export/<procedure path>?input=<json>: calls the export procedure through a server-side caller
 * with the same context as /trpc (session cookie), then streams the file. Everything that can go wrong
 * before the first byte (sign-in, role, a bad filter, the first page) answers a JSON error instead.
 */
export function exportHandler(
  contextOf: (c: HonoContext, headers: Headers) => Promise<Context>,
  log: (entry: Record<string, unknown>) => void,
) {
  return async (c: HonoContext) => {
    const path = c.req.param('path') ?? ''
    if (!EXPORTS.has(path)) return c.json({ error: { message: `No export ${path}`, code: 'NOT_FOUND' } }, 404)
    const headers = new Headers()
    try {
      let input: unknown
      try {
        input = JSON.parse(c.req.query('input') ?? '{}')
      } catch {
        throw new DomainError('BAD_INPUT', 'INPUT.INVALID', 'input: not valid JSON', { field: 'input' })
      }
      const caller = createCaller(await contextOf(c, headers)) as unknown as Record<string, unknown>
      const procedure = path
        .split('.')
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
        i: unknown,
      ) => Promise<ExportDescription>
      const d = await procedure(input)
      const rows = await started(d.rows)
      headers.set('content-type', CONTENT_TYPE[d.format])
      headers.set('content-disposition', contentDisposition(d.filename))
      headers.set('cache-control', 'no-store')
      return new Response(exportStream(d.format, d.sheet, d.columns, rows), { status: 200, headers })
    } catch (e) {
      const res = errorResponse(c, e, log)
      headers.forEach((v, k) => {
        res.headers.append(k, v)
      })
      return res
    }
  }
}
