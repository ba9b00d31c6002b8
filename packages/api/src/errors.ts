import { type DomainError, type DomainErrorKind, isDomainError } from '@asq/domain'
import { TRPCError } from '@trpc/server'
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc'
import { ZodError } from 'zod'

const CODE_OF: Record<DomainErrorKind, TRPC_ERROR_CODE_KEY> = {
  BAD_INPUT: 'BAD_REQUEST',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  CONFLICT: 'CONFLICT',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  PRECONDITION: 'PRECONDITION_FAILED',
}

/** The one place where domain errors become transport errors. */
export function toTRPCError(e: DomainError): TRPCError {
  return new TRPCError({ code: CODE_OF[e.kind], message: e.message, cause: e })
}

export type ErrorData = {
  domainCode: string | null
  field: string | null
  fieldErrors: Record<string, string> | null
  details: Record<string, unknown> | null
}

/** Extra data every error response carries: a stable code and the field(s) it is about. */
export function errorData(error: TRPCError): { message: string; data: ErrorData } {
  const cause = error.cause
  if (cause instanceof ZodError) {
    const fieldErrors: Record<string, string> = {}
    for (const issue of cause.issues) {
      const path = issue.path.join('.') || '(input)'
      fieldErrors[path] ??= issue.message
    }
    const message = Object.entries(fieldErrors)
      .map(([p, m]) => `${p}: ${m}`)
      .join('; ')
    return {
      message: `Invalid input — ${message}`,
      data: {
        domainCode: 'INPUT.INVALID',
        field: Object.keys(fieldErrors)[0] ?? null,
        fieldErrors,
        details: null,
      },
    }
  }
  if (isDomainError(cause)) {
    return {
      message: cause.message,
      data: {
        domainCode: cause.code,
        field: cause.field ?? null,
        fieldErrors: cause.field ? { [cause.field]: cause.message } : null,
        details: cause.details ?? null,
      },
    }
  }
  // Unexpected failures never leak their message or stack to the caller.
  const message =
    error.code === 'INTERNAL_SERVER_ERROR' ? 'Internal error; it has been logged' : error.message
  return { message, data: { domainCode: null, field: null, fieldErrors: null, details: null } }
}
