import type { Actor, Repositories } from '@asq/domain'
import {
  assertMayResend,
  attemptVerdict,
  badCredentials,
  CLIENT_LOGIN_THROTTLE,
  CODE_REQUEST_LIMITS,
  codeRequestsExhausted,
  codeRequestVerdict,
  DEFAULT_LOGIN_THROTTLE,
  maskContact,
  normalizeContact,
  OTP_POLICY,
  otpRefusal,
  requestCodeInput,
  SECRET_PLACEHOLDER,
  staffLoginInput,
  tooManyAttempts,
  verifyCodeInput,
  wrongCode,
} from '@asq/domain'
import type { Context } from '../context'
import { SESSION_TTL_MS } from '../context'
import { DUMMY_PASSWORD_HASH } from '../security/security'
import { authedProcedure, publicProcedure, router } from '../trpc'

/**
 * Counts the attempt and decides whether it may be evaluated, as one atomic step in the database
 * (see `LoginAttemptRepository.reserve`): a batch or a burst of parallel guesses is evaluated at
 * most five times per account per 15 minutes. A refusal is audited and thrown.
 */
async function reserveAttempt(ctx: Context, identifier: string, now: Date): Promise<string> {
  const since = new Date(
    now.getTime() - Math.max(DEFAULT_LOGIN_THROTTLE.windowMs, CLIENT_LOGIN_THROTTLE.windowMs),
  )
  const { verdict, attemptId } = await ctx.transact(async ({ repos, audit }) => {
    const reserved = await repos.loginAttempts.reserve(
      { identifier, client: ctx.meta.ip, at: now, since },
      (history) => attemptVerdict(history, now),
    )
    if (!reserved.verdict.allowed)
      await audit({
        action: 'auth.login_throttled',
        entityType: 'login',
        entityId: identifier,
        before: null,
        after: { by: reserved.verdict.by, client: ctx.meta.ip },
      })
    return reserved
  })
  if (!verdict.allowed) throw tooManyAttempts(verdict.retryAt)
  return attemptId!
}

/** Audits a failed attempt (already counted by `reserveAttempt`) in its own transaction. */
const recordFailure = (ctx: Context, identifier: string) =>
  ctx.transact(async ({ audit }) => {
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
    const attemptId = await reserveAttempt(ctx, identifier, now)
    const user = await ctx.repos.users.byUsername(input.username)
    const ok = await ctx.security.verifyPassword(input.password, user?.passwordHash ?? DUMMY_PASSWORD_HASH)
    if (!user || !ok || !user.active) {
      await recordFailure(ctx, identifier)
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
    // Hashes made with older, weaker parameters are upgraded now that we hold the password.
    const rehashed = ctx.security.needsRehash(user.passwordHash)
      ? await ctx.security.hashPassword(input.password)
      : null
    await ctx.uow.run(async (repos) => {
      if (rehashed) await repos.users.setPasswordHash(user.id, rehashed)
      await repos.loginAttempts.succeeded(attemptId)
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
    const code = ctx.security.newOtpCode()
    await ctx.transact(async ({ repos, audit }) => {
      // Ceilings per client address and in total are counted under one lock, with the insert below.
      const since = new Date(now.getTime() - CODE_REQUEST_LIMITS.global.windowMs)
      const verdict = codeRequestVerdict(await repos.loginCodes.lockAndCountRequests(ctx.meta.ip, since))
      if (!verdict.allowed) throw codeRequestsExhausted(verdict.by)
      assertMayResend(await repos.loginCodes.latest(contact.value), now)
      await repos.loginCodes.create({
        contact: contact.value,
        codeHash: ctx.security.hashToken(`${contact.value}:${code}`),
        createdAt: now,
        expiresAt: new Date(now.getTime() + OTP_POLICY.ttlMs),
        client: ctx.meta.ip,
      })
      await repos.outbox.enqueue({
        channel: contact.type === 'phone' ? 'sms' : 'email',
        recipient: contact.value,
        kind: 'login_code',
        subject: '登录验证码 / Sign-in code',
        body: `您的验证码是 ${SECRET_PLACEHOLDER}，10 分钟内有效。Your sign-in code is ${SECRET_PLACEHOLDER}; it expires in 10 minutes.`,
        secret: code,
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
    const attemptId = await reserveAttempt(ctx, identifier, now)
    const latest = await ctx.repos.loginCodes.latest(contact.value)
    const refusal = otpRefusal(latest, now)
    if (refusal) throw refusal
    // The code's own try counter is also counted before the comparison, atomically.
    if (!(await ctx.repos.loginCodes.countAttempt(latest!.id, OTP_POLICY.maxAttempts)))
      throw otpRefusal({ ...latest!, attempts: OTP_POLICY.maxAttempts }, now)!
    if (latest!.codeHash !== ctx.security.hashToken(`${contact.value}:${input.code}`)) {
      await recordFailure(ctx, identifier)
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
      await repos.loginAttempts.succeeded(attemptId)
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
