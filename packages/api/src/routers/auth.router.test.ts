import { testDatabases } from '@asq/db/testing'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../testing/harness'

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p
    return 'ok'
  } catch (e) {
    if (e instanceof TRPCError) return e.code
    throw e
  }
}

describe.each(testDatabases())('auth on $name', (target) => {
  let h: Harness
  beforeAll(async () => {
    h = await createHarness(target)
  })
  afterAll(() => h.close())

  it('signs staff in with a session that resolves to the actor', async () => {
    const token = await h.staffToken('bj.manager')
    const me = await (await h.as(token)).auth.me()
    expect(me).toMatchObject({
      kind: 'staff',
      username: 'bj.manager',
      orgKind: 'dealer',
      roles: ['dealer_manager'],
    })
  })

  it('refuses a wrong password without saying which part was wrong', async () => {
    const anon = await h.as(null)
    await expect(anon.auth.login({ username: 'admin', password: 'wrong-one' })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'Wrong username or password',
    })
    await expect(anon.auth.login({ username: 'nobody', password: 'wrong-one' })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'Wrong username or password',
    })
  })

  it('throttles repeated failures for one username, then lets it in after the lock', async () => {
    const anon = await h.as(null)
    for (let i = 0; i < 5; i++) {
      expect(await codeOf(anon.auth.login({ username: 'finance', password: 'nope-nope' }))).toBe(
        'UNAUTHORIZED',
      )
    }
    expect(await codeOf(anon.auth.login({ username: 'finance', password: 'demo123456' }))).toBe(
      'TOO_MANY_REQUESTS',
    )
    h.advance(16 * 60_000)
    expect(await codeOf(anon.auth.login({ username: 'finance', password: 'demo123456' }))).toBe('ok')
  })

  it('names the field of a bad input', async () => {
    const anon = await h.as(null)
    const err = await anon.auth.login({ username: '', password: 'x' }).catch((e: TRPCError) => e)
    expect(err).toBeInstanceOf(TRPCError)
    expect((err as TRPCError).code).toBe('BAD_REQUEST')
  })

  it('signs a customer in with a one-time code from the outbox, once only', async () => {
    const anon = await h.session(null)
    const sent = await anon.caller.auth.requestCode({ contact: '138 0000 0001' })
    expect(sent).toMatchObject({ sentTo: '138****0001', channel: 'sms' })
    const code = await h.lastCodeSentTo('13800000001')
    const me = await anon.caller.auth.verifyCode({ contact: '13800000001', code })
    expect(me).toMatchObject({ kind: 'customer', displayName: '张伟 Zhang Wei' })
    expect(anon.jar.token).toBeTruthy()
    expect(await codeOf(anon.caller.auth.verifyCode({ contact: '13800000001', code }))).toBe('UNAUTHORIZED')
  })

  it('refuses a wrong code and a code asked for again too soon', async () => {
    const anon = await h.as(null)
    await anon.auth.requestCode({ contact: 'new.customer@example.cn' })
    expect(await codeOf(anon.auth.requestCode({ contact: 'new.customer@example.cn' }))).toBe(
      'TOO_MANY_REQUESTS',
    )
    const right = await h.lastCodeSentTo('new.customer@example.cn')
    const wrong = right === '000000' ? '111111' : '000000'
    expect(await codeOf(anon.auth.verifyCode({ contact: 'new.customer@example.cn', code: wrong }))).toBe(
      'UNAUTHORIZED',
    )
    // An unknown contact with the right code becomes a new customer.
    expect(await anon.auth.verifyCode({ contact: 'new.customer@example.cn', code: right })).toMatchObject({
      kind: 'customer',
    })
  })

  it('refuses an expired code', async () => {
    const anon = await h.as(null)
    await anon.auth.requestCode({ contact: '13911110000' })
    const code = await h.lastCodeSentTo('13911110000')
    h.advance(11 * 60_000)
    await expect(anon.auth.verifyCode({ contact: '13911110000', code })).rejects.toMatchObject({
      message: 'The code has expired; ask for a new one',
    })
  })

  it('ends the session on logout', async () => {
    const token = await h.staffToken('quality')
    const s = await h.session(token)
    await s.caller.auth.logout()
    expect(s.jar.token).toBeNull()
    expect(await (await h.as(token)).auth.me()).toBeNull()
  })

  it('ignores an expired session', async () => {
    const token = await h.staffToken('service')
    h.advance(13 * 60 * 60_000)
    expect(await (await h.as(token)).auth.me()).toBeNull()
  })
})
