import type { CreateUserInput, Organisation, Repositories, SetUserActiveInput, User } from '@asq/domain'
import {
  assertRolesFitOrg,
  canViewUser,
  createUserInput,
  DomainError,
  idInput,
  notFound,
  ORG_KINDS,
  offsetOf,
  pageInputSchema,
  setAwayInput,
  setUserActiveInput,
  staleVersion,
  toUserView,
} from '@asq/domain'
import { z } from 'zod'
import type { Context } from '../context'
import { dealerProcedure, hqProcedure, router, staffProcedure } from '../trpc'

const usersPageInput = pageInputSchema.extend({ orgId: z.uuid().optional() })
const stationUserInput = createUserInput.omit({ orgId: true })

async function createUser(ctx: Context, input: CreateUserInput, org: Organisation) {
  assertRolesFitOrg(input.roles, org)
  const passwordHash = await ctx.security.hashPassword(input.password)
  return ctx.transact(async ({ repos, audit }) => {
    if (await repos.users.byUsername(input.username)) {
      throw new DomainError('CONFLICT', 'IDENTITY.USERNAME_TAKEN', 'This username is already taken', {
        field: 'username',
      })
    }
    const user = await repos.users.create({ ...input, orgId: org.id, passwordHash })
    await audit({
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      before: null,
      after: toUserView(user),
    })
    return toUserView(user)
  })
}

async function setActive(
  ctx: Context & { actor: { kind: 'staff'; userId: string } },
  input: SetUserActiveInput,
  inScope: (orgId: string) => boolean,
) {
  if (input.id === ctx.actor.userId) {
    throw new DomainError('BAD_INPUT', 'IDENTITY.SELF_DEACTIVATE', 'You cannot deactivate your own account', {
      field: 'id',
    })
  }
  return changeUser(ctx, {
    id: input.id,
    inScope: (u) => inScope(u.orgId),
    change: async (repos) => {
      const after = await repos.users.setActive(input.id, input.active, input.version)
      if (!after) throw staleVersion('user')
      return after
    },
    action: input.active ? 'user.activate' : 'user.deactivate',
  })
}

/** One change to a user in scope, audited before → after in the same transaction. */
function changeUser(
  ctx: Context,
  c: {
    id: string
    inScope: (u: User) => boolean
    change: (repos: Repositories) => Promise<User>
    action: string
  },
) {
  return ctx.transact(async ({ repos, audit }) => {
    const before = await repos.users.byId(c.id)
    if (!before || !c.inScope(before)) throw notFound('user')
    const after = await c.change(repos)
    await audit({
      action: c.action,
      entityType: 'user',
      entityId: after.id,
      before: toUserView(before),
      after: toUserView(after),
    })
    return toUserView(after)
  })
}

export const identityRouter = router({
  /** One user's profile, if the caller may see it (see canViewUser); otherwise NOT_FOUND. */
  user: staffProcedure.input(idInput).query(async ({ ctx, input }) => {
    const u = await ctx.repos.users.byId(input.id)
    if (!u || !canViewUser(ctx.actor, u)) throw notFound('user')
    return toUserView(u)
  }),

  organisations: hqProcedure()
    .input(z.object({ kind: z.enum(ORG_KINDS).optional() }))
    .query(({ ctx, input }) => ctx.repos.organisations.list(input)),

  users: hqProcedure('hq_admin')
    .input(usersPageInput)
    .query(async ({ ctx, input }) => {
      const { items, total } = await ctx.repos.users.list({
        orgId: input.orgId,
        q: input.q,
        limit: input.pageSize,
        offset: offsetOf(input),
      })
      return { items: items.map(toUserView), total, page: input.page, pageSize: input.pageSize }
    }),

  createUser: hqProcedure('hq_admin')
    .input(createUserInput)
    .mutation(async ({ ctx, input }) => {
      const org = await ctx.repos.organisations.byId(input.orgId)
      if (!org)
        throw new DomainError('BAD_INPUT', 'IDENTITY.ORG_UNKNOWN', 'No such organisation', { field: 'orgId' })
      return createUser(ctx, input, org)
    }),

  setUserActive: hqProcedure('hq_admin')
    .input(setUserActiveInput)
    .mutation(({ ctx, input }) => setActive(ctx, input, () => true)),

  /**
   * Marks a person away or back (issue 17): themself, their station's manager or an HQ admin — the
   * people who may see that user (canViewUser); anyone else gets NOT_FOUND.
   */
  setAway: staffProcedure.input(setAwayInput).mutation(({ ctx, input }) =>
    changeUser(ctx, {
      id: input.id,
      inScope: (u) => canViewUser(ctx.actor, u),
      change: async (repos) => (await repos.users.setAway(input.id, input.away))!,
      action: input.away ? 'user.away' : 'user.back',
    }),
  ),

  /** A station manager's own people; the station comes from the session. */
  stationUsers: dealerProcedure('dealer_manager')
    .input(pageInputSchema)
    .query(async ({ ctx, input }) => {
      const { items, total } = await ctx.repos.users.list({
        orgId: ctx.dealerId,
        q: input.q,
        limit: input.pageSize,
        offset: offsetOf(input),
      })
      return { items: items.map(toUserView), total, page: input.page, pageSize: input.pageSize }
    }),

  createStationUser: dealerProcedure('dealer_manager')
    .input(stationUserInput)
    .mutation(async ({ ctx, input }) => {
      const org = (await ctx.repos.organisations.byId(ctx.dealerId))!
      return createUser(ctx, { ...input, orgId: ctx.dealerId }, org)
    }),

  setStationUserActive: dealerProcedure('dealer_manager')
    .input(setUserActiveInput)
    .mutation(({ ctx, input }) => setActive(ctx, input, (orgId) => orgId === ctx.dealerId)),
})
