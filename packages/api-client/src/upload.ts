import type { ApiError } from './errors'

/** What `POST /uploads` answers: the token an attach mutation takes (`uploadId`). */
export type UploadedFile = { id: string; filename: string; mime: string; size: number }

/** A refused or failed upload, carrying the same ApiError a failed tRPC call gives (see toApiError). */
export class UploadError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message)
    this.name = 'UploadError'
  }
}

type ErrorBody = {
  error?: {
    message?: string
    code?: string
    data?: { domainCode?: string | null; fieldErrors?: Record<string, string> | null }
  }
}

/**
 * Sends one file as multipart to `POST /uploads` with the session cookie (the browser streams it;
 * nothing is read into base64) and answers its upload token; a refusal (too large, wrong type,
 * signed out) is thrown as an UploadError.
 */
export async function uploadFile(file: Blob, filename: string): Promise<UploadedFile> {
  const form = new FormData()
  form.append('file', file, filename)
  let res: Response
  try {
    res = await fetch('/uploads', { method: 'POST', body: form, credentials: 'same-origin' })
  } catch (e) {
    throw new UploadError({ message: String(e), code: 'NETWORK', domainCode: null, fieldErrors: {} })
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as ErrorBody
    throw new UploadError({
      message: body.error?.message ?? res.statusText,
      code: body.error?.code ?? (res.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'UNKNOWN'),
      domainCode: body.error?.data?.domainCode ?? (res.status === 413 ? 'FILE.TOO_LARGE' : null),
      fieldErrors: body.error?.data?.fieldErrors ?? {},
    })
  }
  return (await res.json()) as UploadedFile
}
