import type { Actor, Repositories } from '@asq/domain'
import {
  assertMayResend,
  badCredentials,
  DEFAULT_LOGIN_THROTTLE,
  loginThrottle,
  maskContact,
  normalizeContact,
  OTP_POLICY,
  otpRefusal,
  requestCodeInput,
  staffLoginInput,
  tooManyAttempts,
  verifyCodeInput,
  wrongCode,
} from '@asq/domain'
import type { Context } from '../context'
import { SESSION_TTL_MS } from '../context'
import { DUMMY_PASSWORD_HASH } from '../security/security'
import { authedProcedure, publicProcedure, router } from '../trpc'

async function assertNotThrottled(ctx: Context, identifier: string, now: Date) {
  const failures = await ctx.repos.loginAttempts.failuresSince(
    identifier,
    new Date(now.getTime() - DEFAULT_LOGIN_THROTTLE.windowMs),
  )
  const verdict = loginThrottle(failures, now)
  if (!verdict.allowed) throw tooManyAttempts(verdict.retryAt)
}

/** Records a failed attempt in its own transaction: it must survive the error thrown right after. */
const recordFailure = (ctx: Context, identifier: string, now: Date) =>
  ctx.transact(async ({ repos, audit }) => {
    await repos.loginAttempts.record({ identifier, success: false, at: now })
    await audit({
      action: 'auth.login_failed',
      entityType: 'login',
      entityId: identifier,
      before: null,
      after: null,
    })
  })

async function startSession(ctx: Context, repos: Repositories, actor: Actor, now: Date) {
  const token = ctx.security.newToken()
  await repos.sessions.create({
    tokenHash: ctx.security.hashToken(token),
    userId: actor.kind === 'staff' ? actor.userId : null,
    customerId: actor.kind === 'customer' ? actor.customerId : null,
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
  })
  ctx.meta.setSessionCookie(token, { maxAgeSeconds: SESSION_TTL_MS / 1000 })
}

export const authRouter = router({
  /** Who am I? `null` when not signed in. */
  me: publicProcedure.query(({ ctx }) => ctx.actor),

  /** Staff (HQ, dealers, suppliers) sign in with username and password. */
  login: publicProcedure.input(staffLoginInput).mutation(async ({ ctx, input }) => {
    const now = ctx.clock()
    const identifier = `staff:${input.username.toLowerCase()}`
    await assertNotThrottled(ctx, identifier, now)
    const user = await ctx.repos.users.byUsername(input.username)
    const ok = await ctx.security.verifyPassword(input.password, user?.passwordHash ?? DUMMY_PASSWORD_HASH)
    if (!user || !ok || !user.active) {
      await recordFailure(ctx, identifier, now)
      throw badCredentials()
    }
    const actor: Actor = {
      kind: 'staff',
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      orgId: user.orgId,
      orgKind: user.org.kind,
      orgName: user.org.nameZh,
      roles: user.roles,
    }
    await ctx.uow.run(async (repos) => {
      await repos.loginAttempts.record({ identifier, success: true, at: now })
      await startSession(ctx, repos, actor, now)
      await repos.audit.record({
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        before: null,
        after: null,
        at: now,
        actor,
      })
    })
    return actor
  }),

  /** Customers get a one-time code by SMS or e-mail, delivered through the outbox. */
  requestCode: publicProcedure.input(requestCodeInput).mutation(async ({ ctx, input }) => {
    const now = ctx.clock()
    const contact = normalizeContact(input.contact)
    assertMayResend(await ctx.repos.loginCodes.latest(contact.value), now)
    const code = ctx.security.newOtpCode()
    await ctx.transact(async ({ repos, audit }) => {
      await repos.loginCodes.create({
        contact: contact.value,
        codeHash: ctx.security.hashToken(`${contact.value}:${code}`),
        createdAt: now,
        expiresAt: new Date(now.getTime() + OTP_POLICY.ttlMs),
      })
      await repos.outbox.enqueue({
        channel: contact.type === 'phone' ? 'sms' : 'email',
        recipient: contact.value,
        kind: 'login_code',
        subject: '登录验证码 / Sign-in code',
        body: `您的验证码是 ${code}，10 分钟内有效。Your sign-in code is ${code}; it expires in 10 minutes.`,
        at: now,
      })
      await audit({
        action: 'auth.code_requested',
        entityType: 'contact',
        entityId: maskContact(contact),
        before: null,
        after: null,
      })
    })
    return {
      sentTo: maskContact(contact),
      channel: contact.type === 'phone' ? ('sms' as const) : ('email' as const),
      expiresInSeconds: OTP_POLICY.ttlMs / 1000,
    }
  }),

  /** A right code signs the customer in; an unknown contact becomes a new customer (self-service). */
  verifyCode: publicProcedure.input(verifyCodeInput).mutation(async ({ ctx, input }) => {
    const now = ctx.clock()
    const contact = normalizeContact(input.contact)
    const identifier = `customer:${contact.value}`
    await assertNotThrottled(ctx, identifier, now)
    const latest = await ctx.repos.loginCodes.latest(contact.value)
    const refusal = otpRefusal(latest, now)
    if (refusal) throw refusal
    if (latest!.codeHash !== ctx.security.hashToken(`${contact.value}:${input.code}`)) {
      await ctx.transact(async ({ repos }) => {
        await repos.loginCodes.countAttempt(latest!.id)
        await repos.loginAttempts.record({ identifier, success: false, at: now })
      })
      throw wrongCode()
    }
    return ctx.uow.run(async (repos) => {
      if (!(await repos.loginCodes.consume(latest!.id, now)))
        throw otpRefusal({ ...latest!, consumedAt: now }, now)!
      const customer =
        (await repos.customers.byContact(contact)) ??
        (await repos.customers.create({
          name: maskContact(contact),
          phone: contact.type === 'phone' ? contact.value : null,
          email: contact.type === 'email' ? contact.value : null,
        }))
      const actor: Actor = { kind: 'customer', customerId: customer.id, displayName: customer.name }
      await repos.loginAttempts.record({ identifier, success: true, at: now })
      await startSession(ctx, repos, actor, now)
      await repos.audit.record({
        action: 'auth.login',
        entityType: 'customer',
        entityId: customer.id,
        before: null,
        after: null,
        at: now,
        actor,
      })
      return actor
    })
  }),

  logout: authedProcedure.mutation(async ({ ctx }) => {
    await ctx.transact(async ({ repos, audit }) => {
      if (ctx.sessionTokenHash) await repos.sessions.delete(ctx.sessionTokenHash)
      const id = ctx.actor.kind === 'staff' ? ctx.actor.userId : ctx.actor.customerId
      await audit({
        action: 'auth.logout',
        entityType: ctx.actor.kind === 'staff' ? 'user' : 'customer',
        entityId: id,
        before: null,
        after: null,
      })
    })
    ctx.meta.clearSessionCookie()
    return { ok: true as const }
  }),
})
