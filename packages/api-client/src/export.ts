import type { ApiError } from './errors'

/** The file name from `Content-Disposition` (the UTF-8 `filename*` when present). */
export function dispositionFilename(header: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header ?? '')
  if (star?.[1]) return decodeURIComponent(star[1])
  return /filename="([^"]+)"/i.exec(header ?? '')?.[1] ?? fallback
}

/** The URL of an export procedure's file: `/export/<path>?input=<json>` (filters + format). */
export const exportUrl = (path: string, input: Record<string, unknown>) =>
  `/export/${path}?input=${encodeURIComponent(JSON.stringify(input))}`

type ErrorBody = {
  error?: {
    message?: string
    code?: string
    data?: { domainCode?: string | null; fieldErrors?: Record<string, string> | null }
  }
}

/**
 * Downloads an export through the streaming route with the session cookie; a refusal (sign-in, role,
 * a bad filter) is thrown as an ApiError, like a failed tRPC call.
 */
export async function downloadExport(
  path: string,
  input: Record<string, unknown> & { format: 'csv' | 'xlsx' },
): Promise<{ filename: string; blob: Blob }> {
  let res: Response
  try {
    res = await fetch(exportUrl(path, input), { credentials: 'same-origin' })
  } catch (e) {
    throw { message: String(e), code: 'NETWORK', domainCode: null, fieldErrors: {} } satisfies ApiError
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as ErrorBody
    throw {
      message: body.error?.message ?? res.statusText,
      code: body.error?.code ?? 'UNKNOWN',
      domainCode: body.error?.data?.domainCode ?? null,
      fieldErrors: body.error?.data?.fieldErrors ?? {},
    } satisfies ApiError
  }
  const filename = dispositionFilename(res.headers.get('content-disposition'), `export.${input.format}`)
  return { filename, blob: await res.blob() }
}
