/**
 * Expected failures carry a stable code (e.g. `IDENTITY.BAD_CREDENTIALS`) and a kind that the API maps
 * to a transport status. `field` names the input path the error is about, when there is one.
 */
export type DomainErrorKind =
  | 'BAD_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'PRECONDITION'

export class DomainError extends Error {
  readonly code: string
  readonly kind: DomainErrorKind
  readonly field: string | undefined
  readonly details: Record<string, unknown> | undefined

  constructor(
    kind: DomainErrorKind,
    code: string,
    message: string,
    opts: { field?: string; details?: Record<string, unknown> } = {},
  ) {
    super(message)
    this.name = 'DomainError'
    this.kind = kind
    this.code = code
    this.field = opts.field
    this.details = opts.details
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError

/** The one answer for "missing" and "not yours": never reveal that another tenant's record exists. */
export const notFound = (entity: string) =>
  new DomainError('NOT_FOUND', `${entity.toUpperCase()}.NOT_FOUND`, `${entity} not found`)

/** Optimistic concurrency: the record changed since the caller read it. */
export const staleVersion = (entity: string) =>
  new DomainError(
    'CONFLICT',
    `${entity.toUpperCase()}.STALE`,
    `This ${entity} was changed by someone else meanwhile; reload it and apply your change again`,
  )
