import type { Context as HonoContext } from 'hono'
import type { Context } from '../context'
import { createCaller } from '../root'
import { contentDisposition, errorResponse } from './export-route'

/** The procedures that read one stored file; each keeps its own role and scope checks. */
const FILE_PROCEDURES = new Set([
  'complaint.my.attachment',
  'complaint.station.attachment',
  'complaint.desk.attachment',
  'eightd.supplier.evidence',
  'eightd.hq.evidence',
  'kpi.reports.pdf',
  'kpi.reports.xlsx',
])

type StoredFile = { filename: string; mime: string; dataUrl: string }

/**
 * GET /files/<procedure path>?id=<file id>: the file as a download, through a server-side caller with
 * the /trpc context, so exactly the procedure's permission applies (out of scope is 404). Served as
 * `attachment` with the type sniffed at upload and `nosniff`, never rendered inline by the browser.
 */
export function fileHandler(
  contextOf: (c: HonoContext, headers: Headers) => Promise<Context>,
  log: (entry: Record<string, unknown>) => void,
) {
  return async (c: HonoContext) => {
    const path = c.req.param('path') ?? ''
    if (!FILE_PROCEDURES.has(path))
      return c.json({ error: { message: `No file procedure ${path}`, code: 'NOT_FOUND' } }, 404)
    const headers = new Headers()
    try {
      const caller = createCaller(await contextOf(c, headers)) as unknown as Record<string, unknown>
      const [group, audience, name] = path.split('.') as [string, string, string]
      const read = (caller[group] as Record<string, Record<string, (i: unknown) => Promise<StoredFile>>>)[
        audience
      ]![name]!
      const f = await read({ id: c.req.query('id') ?? '' })
      const bytes = Buffer.from(f.dataUrl.slice(f.dataUrl.indexOf(',') + 1), 'base64')
      headers.set('content-type', f.mime)
      headers.set('content-length', String(bytes.length))
      headers.set('content-disposition', contentDisposition(f.filename))
      headers.set('cache-control', 'private, no-store')
      return new Response(bytes, { status: 200, headers })
    } catch (e) {
      const res = errorResponse(c, e, log)
      headers.forEach((v, k) => {
        res.headers.append(k, v)
      })
      return res
    }
  }
}
