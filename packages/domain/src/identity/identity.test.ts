import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MINUTE } from '../shared/clock'
import { canViewUser } from './identity.access'
import { actorLabel, type StaffActor, usernameOfActorLabel } from './identity.actor'
import { maskContact, normalizeContact } from './identity.contact'
import { assertMayResend, OTP_POLICY, otpRefusal } from './identity.otp'
import { orgKindOfRole, ROLES } from './identity.roles'
import { contactSchema, createUserInput } from './identity.schema'
import { loginThrottle } from './identity.throttle'
import { assertRolesFitOrg } from './identity.user'

const t0 = new Date('2026-11-24T00:00:00Z')
const at = (min: number) => new Date(t0.getTime() + min * MINUTE)

describe('login throttle', () => {
  it.each([
    ['no failures', [], 0, true],
    ['four failures', [1, 2, 3, 4], 5, true],
    ['five failures just now', [1, 2, 3, 4, 5], 6, false],
    ['five failures, lock over', [1, 2, 3, 4, 5], 21, true],
    ['five failures spread beyond the window', [0, 5, 10, 15, 20], 21, true],
    ['failures in the future are ignored', [30, 31, 32, 33, 34], 10, true],
  ])('%s', (_name, failures, now, allowed) => {
    expect(loginThrottle(failures.map(at), at(now)).allowed).toBe(allowed)
  })

  it('never locks for fewer than five failures, whatever their times', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 4 }),
        fc.integer({ min: 0, max: 200 }),
        (fs, now) => {
          expect(loginThrottle(fs.map(at), at(now)).allowed).toBe(true)
        },
      ),
    )
  })
})

describe('one-time codes', () => {
  const fresh = { createdAt: at(0), expiresAt: at(10), attempts: 0, consumedAt: null }
  it.each([
    ['a fresh code', fresh, 5, null],
    ['no code at all', null, 5, 'IDENTITY.CODE_INVALID'],
    ['an expired code', fresh, 10, 'IDENTITY.CODE_EXPIRED'],
    ['a used code', { ...fresh, consumedAt: at(1) }, 2, 'IDENTITY.CODE_USED'],
    [
      'a code after too many tries',
      { ...fresh, attempts: OTP_POLICY.maxAttempts },
      2,
      'IDENTITY.CODE_LOCKED',
    ],
  ])('%s', (_n, state, now, code) => {
    expect(otpRefusal(state, at(now))?.code ?? null).toBe(code)
  })

  it('cannot be asked for again within a minute, unless the last one was used', () => {
    expect(() => assertMayResend(fresh, at(0.5))).toThrow('wait a minute')
    expect(() => assertMayResend(fresh, at(1))).not.toThrow()
    expect(() => assertMayResend({ ...fresh, consumedAt: at(0.2) }, at(0.5))).not.toThrow()
    expect(() => assertMayResend(null, at(0))).not.toThrow()
  })
})

describe('contacts', () => {
  it.each([
    ['138 0000 0001', { type: 'phone', value: '13800000001' }],
    ['138-0000-0001', { type: 'phone', value: '13800000001' }],
    [' Li.Na@Example.CN ', { type: 'email', value: 'li.na@example.cn' }],
    // Only a whole 11-digit number starting with 1 is a phone.
    ['x13800000001', { type: 'email', value: 'x13800000001' }],
    ['138000000012', { type: 'email', value: '138000000012' }],
    ['1380000000', { type: 'email', value: '1380000000' }],
  ])('normalises %s', (raw, want) => {
    expect(normalizeContact(raw)).toEqual(want)
  })
  it('masks them', () => {
    expect(maskContact({ type: 'phone', value: '13800000001' })).toBe('138****0001')
    expect(maskContact({ type: 'email', value: 'li.na@example.cn' })).toBe('l***@example.cn')
    // An address without a domain: nothing is invented after the @.
    expect(maskContact({ type: 'email', value: 'nodomain' })).toBe('n***@')
  })
  it.each(['12345', 'abc', '', '1380000000', 'not@mail'])('refuses %j as a contact', (v) => {
    expect(contactSchema.safeParse(v).success).toBe(false)
  })
})

describe('roles and organisations', () => {
  it('maps each role to its kind of organisation', () => {
    expect(ROLES.map(orgKindOfRole)).toEqual(['hq', 'hq', 'hq', 'hq', 'hq', 'dealer', 'dealer', 'supplier'])
  })
  it('refuses a role from another kind of organisation', () => {
    expect(() => assertRolesFitOrg(['dealer_staff'], { kind: 'dealer' })).not.toThrow()
    expect(() => assertRolesFitOrg(['dealer_staff', 'hq_admin'], { kind: 'dealer' })).toThrow('hq_admin')
  })
  it('validates new users field by field', () => {
    const r = createUserInput.safeParse({
      username: 'A',
      displayName: '',
      password: 'short',
      orgId: 'x',
      roles: [],
    })
    expect(r.success).toBe(false)
    const fields = new Set(r.error!.issues.map((i) => i.path[0]))
    expect(fields).toEqual(new Set(['username', 'displayName', 'password', 'orgId', 'roles']))
  })
})

describe('who may see a user', () => {
  const staff = (over: Partial<StaffActor>): StaffActor => ({
    kind: 'staff',
    userId: 'me',
    username: 'me',
    displayName: 'Me',
    orgId: 'org-a',
    orgKind: 'dealer',
    orgName: 'A',
    roles: ['dealer_staff'],
    ...over,
  })
  it.each([
    ['self', staff({}), { id: 'me', orgId: 'org-a' }, true],
    ['a colleague, as staff', staff({}), { id: 'x', orgId: 'org-a' }, false],
    [
      'a colleague, as station manager',
      staff({ roles: ['dealer_manager'] }),
      { id: 'x', orgId: 'org-a' },
      true,
    ],
    [
      'another station, as station manager',
      staff({ roles: ['dealer_manager'] }),
      { id: 'x', orgId: 'org-b' },
      false,
    ],
    ['anyone, as HQ admin', staff({ orgKind: 'hq', roles: ['hq_admin'] }), { id: 'x', orgId: 'org-b' }, true],
    // The organisation kind matters, not the role name alone.
    [
      'another station, as a dealer user given hq_admin by mistake',
      staff({ roles: ['hq_admin'] }),
      { id: 'x', orgId: 'org-b' },
      false,
    ],
    [
      'anyone, as HQ service',
      staff({ orgKind: 'hq', roles: ['hq_service'] }),
      { id: 'x', orgId: 'org-b' },
      false,
    ],
  ])('%s', (_n, actor, user, ok) => {
    expect(canViewUser(actor, user)).toBe(ok)
  })
  it('never lets a customer see a staff profile', () => {
    expect(
      canViewUser({ kind: 'customer', customerId: 'c', displayName: 'C' }, { id: 'c', orgId: 'o' }),
    ).toBe(false)
  })
})

describe('usernameOfActorLabel: the person behind a history entry', () => {
  it.each([
    ['bj.manager@dealer', 'bj.manager'],
    ['admin@hq', 'admin'],
    ['lamp.supplier@supplier', 'lamp.supplier'],
    ['a@b@hq', 'a@b'],
    ['customer:3f1c', null],
    ['system:sweep', null],
    ['seed', null],
    ['anonymous', null],
    ['@hq', null],
    ['bj.manager@customer', null],
    ['bj.manager@', null],
  ])('%s → %s', (label, username) => expect(usernameOfActorLabel(label)).toBe(username))

  it('reads back the username of every staff label actorLabel writes', () =>
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z][a-z0-9._-]{0,30}$/),
        fc.constantFrom('hq', 'dealer', 'supplier' as const),
        (username, orgKind) => {
          const actor: StaffActor = {
            kind: 'staff',
            userId: 'u',
            username,
            displayName: 'x',
            orgId: 'o',
            orgKind,
            orgName: 'o',
            roles: [],
          }
          expect(usernameOfActorLabel(actorLabel(actor))).toBe(username)
        },
      ),
    ))
})
