/** What a form needs from a failed call: a readable message, per-field messages and stable codes. */
export type ApiError = {
  message: string
  /** tRPC code, e.g. UNAUTHORIZED, CONFLICT, TOO_MANY_REQUESTS; NETWORK when the server was not reached. */
  code: string
  /** Stable domain code, e.g. IDENTITY.BAD_CREDENTIALS; null when the server gave none. */
  domainCode: string | null
  fieldErrors: Record<string, string>
  /** What the refusal adds, e.g. when a cool-down ends (`nextAllowedAt`); absent when it says nothing. */
  details?: Record<string, unknown> | null
}

type ErrorData = {
  code?: string
  domainCode?: string | null
  fieldErrors?: Record<string, string> | null
  details?: Record<string, unknown> | null
}

/** @trpc/client's error, told by its name so this module does not load the client (see lazy-client.ts). */
type ClientError = Error & { data?: unknown; cause?: unknown }
const isClientError = (e: unknown): e is ClientError => e instanceof Error && e.name === 'TRPCClientError'

/** Turns anything thrown by a call (or by uploadFile) into an ApiError; never throws. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof Error && e.name === 'UploadError') return (e as Error & { apiError: ApiError }).apiError
  if (isClientError(e)) {
    const data = (e.data ?? {}) as ErrorData
    // A failed fetch (server down, offline) arrives as a TRPCClientError without data.
    const network = !e.data && e.cause instanceof TypeError
    return {
      message: e.message,
      code: network ? 'NETWORK' : (data.code ?? 'UNKNOWN'),
      domainCode: data.domainCode ?? null,
      fieldErrors: data.fieldErrors ?? {},
      details: data.details ?? null,
    }
  }
  const message = e instanceof Error ? e.message : String(e)
  return { message, code: 'UNKNOWN', domainCode: null, fieldErrors: {} }
}

/** True when the call failed because the session is missing or expired. */
export const isUnauthorized = (e: unknown) => toApiError(e).code === 'UNAUTHORIZED'
