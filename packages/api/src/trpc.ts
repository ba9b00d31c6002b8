import type { Role, StaffActor } from '@asq/domain'
import { DomainError, HQ_ROLES, isDomainError, nulBytePath } from '@asq/domain'
import { initTRPC, TRPCError } from '@trpc/server'
import superjson from 'superjson'
import type { Context } from './context'
import { errorData, toTRPCError } from './errors'
import { idempotent } from './idempotency'

/**
 * What a procedure declares about itself. `export`: it answers an export description (rows as an async
 * iterator) that only the streaming route `/export/<path>` can send; /trpc refuses it.
 */
type ProcedureMeta = { export?: true }

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    isDev: false,
    errorFormatter({ shape, error }) {
      const { message, data } = errorData(error)
      return {
        ...shape,
        message,
        data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, ...data },
      }
    },
  })

export const router = t.router
/** Joins a context's routers for one audience (e.g. the complaint thread beside the rest of the desk). */
export const mergeRouters = t.mergeRouters
export const createCallerFactory = t.createCallerFactory

/**
 * Every procedure passes through here: text with a NUL character (which PostgreSQL cannot store) is
 * refused as bad input naming its field, and domain errors become typed tRPC errors.
 */
const base = t.procedure.use(async ({ getRawInput, next }) => {
  const nul = nulBytePath(await getRawInput().catch(() => undefined))
  if (nul !== null)
    throw toTRPCError(
      new DomainError('BAD_INPUT', 'INPUT.NUL_CHARACTER', 'Text must not contain NUL (\\0) characters', {
        field: nul,
      }),
    )
  const result = await next()
  if (!result.ok && isDomainError(result.error.cause)) throw toTRPCError(result.error.cause)
  return result
})

/**
 * Every mutation whose input carries a one-time key (`idempotencyKey`, `clientRequestId`) uses this,
 * after `.input()`: the key is scoped by actor and operation and bound to the request (see
 * idempotency.ts). `idempotency.test.ts` fails for a keyed mutation without it.
 */
export const idempotency = t.middleware(
  ({ ctx, path, input, next }) => idempotent(ctx, path, input, () => next()) as ReturnType<typeof next>,
)

const unauthenticated = () => new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in' })
const forbidden = () => new TRPCError({ code: 'FORBIDDEN', message: 'You do not have permission for this' })

/** Anyone, signed in or not. */
export const publicProcedure = base

/** Any signed-in principal (staff or customer). */
export const authedProcedure = base.use(({ ctx, next }) => {
  if (!ctx.actor) throw unauthenticated()
  return next({ ctx: { actor: ctx.actor } })
})

const staffWith = (orgKind: StaffActor['orgKind'], roles: readonly Role[]) =>
  base.use(({ ctx, next }) => {
    const a = ctx.actor
    if (!a) throw unauthenticated()
    if (a.kind !== 'staff' || a.orgKind !== orgKind || !a.roles.some((r) => roles.includes(r)))
      throw forbidden()
    return next({ ctx: { actor: a } })
  })

/** HQ staff holding one of `roles` (any HQ role when none is named). */
export const hqProcedure = (...roles: Role[]) => staffWith('hq', roles.length ? roles : HQ_ROLES)

/** A service station's staff; `ctx.dealerId` is the caller's own station, never taken from input. */
export const dealerProcedure = (...roles: Role[]) =>
  staffWith('dealer', roles.length ? roles : ['dealer_manager', 'dealer_staff']).use(({ ctx, next }) =>
    next({ ctx: { dealerId: ctx.actor.orgId } }),
  )

/** A supplier's user; `ctx.supplierId` is the caller's own supplier. */
export const supplierProcedure = () =>
  staffWith('supplier', ['supplier_user']).use(({ ctx, next }) =>
    next({ ctx: { supplierId: ctx.actor.orgId } }),
  )

/** Any staff member of any organisation, e.g. to read their own profile. */
export const staffProcedure = base.use(({ ctx, next }) => {
  const a = ctx.actor
  if (!a) throw unauthenticated()
  if (a.kind !== 'staff') throw forbidden()
  return next({ ctx: { actor: a } })
})

/** Staff of HQ (any role) or of a service station, not a supplier: e.g. the learning centre's library. */
export const networkStaffProcedure = base.use(({ ctx, next }) => {
  const a = ctx.actor
  if (!a) throw unauthenticated()
  if (a.kind !== 'staff' || (a.orgKind !== 'hq' && a.orgKind !== 'dealer')) throw forbidden()
  return next({ ctx: { actor: a } })
})

/** A signed-in customer; `ctx.customerId` is the caller, never taken from input. */
export const customerProcedure = base.use(({ ctx, next }) => {
  const a = ctx.actor
  if (!a) throw unauthenticated()
  if (a.kind !== 'customer') throw forbidden()
  return next({ ctx: { actor: a, customerId: a.customerId } })
})
