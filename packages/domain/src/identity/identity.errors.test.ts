import { describe, expect, it } from 'vitest'
import { MINUTE } from '../shared/clock'
import { DomainError } from '../shared/errors'
import { expectBilingualLabels } from '../shared/labels.test-fixtures'
import { type Actor, hasAnyRole, type StaffActor } from './identity.actor'
import { assertMayResend, otpRefusal, wrongCode } from './identity.otp'
import { ROLE_LABELS, ROLES } from './identity.roles'
import { codeRequestsExhausted } from './identity.throttle'
import { assertRolesFitOrg, badCredentials, tooManyAttempts, type User } from './identity.user'
import { toUserView } from './identity.view'

const t0 = new Date('2026-11-24T00:00:00Z')
const at = (min: number) => new Date(t0.getTime() + min * MINUTE)
const caught = (f: () => unknown): unknown => {
  try {
    f()
  } catch (e) {
    return e
  }
  return 'did not throw'
}

describe('identity errors name their kind, code and field', () => {
  const fresh = { createdAt: at(0), expiresAt: at(10), attempts: 0, consumedAt: null }
  it.each([
    [
      'a code asked for again too soon',
      caught(() => assertMayResend(fresh, at(0.5))),
      { kind: 'TOO_MANY_REQUESTS', code: 'IDENTITY.CODE_TOO_SOON', field: 'contact' },
    ],
    [
      'no code',
      otpRefusal(null, at(1)),
      { kind: 'UNAUTHENTICATED', code: 'IDENTITY.CODE_INVALID', field: 'code' },
    ],
    [
      'a used code',
      otpRefusal({ ...fresh, consumedAt: at(1) }, at(2)),
      { kind: 'UNAUTHENTICATED', code: 'IDENTITY.CODE_USED', field: 'code' },
    ],
    [
      'an expired code',
      otpRefusal(fresh, at(10)),
      { kind: 'UNAUTHENTICATED', code: 'IDENTITY.CODE_EXPIRED', field: 'code' },
    ],
    [
      'a code tried too often',
      otpRefusal({ ...fresh, attempts: 5 }, at(2)),
      { kind: 'TOO_MANY_REQUESTS', code: 'IDENTITY.CODE_LOCKED', field: 'code' },
    ],
    ['a wrong code', wrongCode(), { kind: 'UNAUTHENTICATED', code: 'IDENTITY.CODE_INVALID', field: 'code' }],
    [
      'a role from another kind of organisation',
      caught(() => assertRolesFitOrg(['hq_admin'], { kind: 'supplier' })),
      { kind: 'BAD_INPUT', code: 'IDENTITY.ROLE_ORG_MISMATCH', field: 'roles' },
    ],
    [
      'wrong username or password',
      badCredentials(),
      { kind: 'UNAUTHENTICATED', code: 'IDENTITY.BAD_CREDENTIALS', field: 'password' },
    ],
    [
      'too many failed logins',
      tooManyAttempts(at(20)),
      {
        kind: 'TOO_MANY_REQUESTS',
        code: 'IDENTITY.THROTTLED',
        field: undefined,
        details: { retryAt: '2026-11-24T00:20:00.000Z' },
      },
    ],
    [
      'too many codes from one network',
      codeRequestsExhausted('client'),
      { kind: 'TOO_MANY_REQUESTS', code: 'IDENTITY.CODE_REQUESTS_FROM_CLIENT', field: 'contact' },
    ],
    [
      'too many codes overall',
      codeRequestsExhausted('global'),
      { kind: 'TOO_MANY_REQUESTS', code: 'IDENTITY.CODE_REQUESTS_GLOBAL', field: 'contact' },
    ],
  ])('%s', (_n, error, want) => {
    expect(error).toBeInstanceOf(DomainError)
    expect(error).toMatchObject(want)
  })

  it('tells a caller refused by its own network apart from one refused because codes are scarce', () => {
    // The two ceilings need different advice (wait vs. try later from anywhere); both are shown.
    const client = codeRequestsExhausted('client').message
    const global = codeRequestsExhausted('global').message
    expect(client).toMatch(/network/)
    expect(global).not.toMatch(/network/)
    expect(global.length).toBeGreaterThan(0)
  })
})

describe('role labels', () => {
  it('every role has a distinct Chinese and English label', () => {
    expectBilingualLabels(ROLES, ROLE_LABELS)
  })
})

describe('has any role', () => {
  const staff = (roles: StaffActor['roles']): StaffActor => ({
    kind: 'staff',
    userId: 'u',
    username: 'u',
    displayName: 'U',
    orgId: 'o',
    orgKind: 'hq',
    orgName: 'HQ',
    roles,
  })
  const customer: Actor = { kind: 'customer', customerId: 'c', displayName: 'C' }
  it.each([
    ['one of the roles', staff(['hq_service']), ['hq_admin', 'hq_service'], true],
    ['one of several held roles', staff(['hq_quality', 'hq_finance']), ['hq_finance'], true],
    ['held roles only partly asked for', staff(['hq_quality', 'hq_finance']), ['hq_quality'], true],
    ['none of the roles', staff(['hq_quality']), ['hq_admin'], false],
    ['no roles asked for', staff(['hq_admin']), [], false],
    ['staff without roles', staff([]), ['hq_admin'], false],
    ['a customer', customer, ['hq_admin'], false],
    ['nobody (null)', null, ['hq_admin'], false],
    ['nobody (undefined)', undefined, ['hq_admin'], false],
  ] as const)('%s → %s', (_n, actor, roles, want) => {
    expect(hasAnyRole(actor, roles)).toBe(want)
  })
})

describe('user view', () => {
  it('shows the listed fields and never the password hash', () => {
    const user = {
      id: 'u1',
      orgId: 'o1',
      username: 'li.na',
      displayName: '李娜',
      roles: ['dealer_staff'],
      active: true,
      away: false,
      version: 4,
      createdAt: t0,
      passwordHash: 'scrypt$secret',
    } satisfies User & { passwordHash: string }
    const { passwordHash: _hash, ...view } = user
    expect(toUserView(user)).toStrictEqual(view)
  })
})
