import type { Harness } from '../testing/harness'

/** Everyone who can call the API: each staff role, a customer, and nobody at all. */
export const PRINCIPALS = [
  'anonymous',
  'hq_admin',
  'hq_service',
  'hq_quality',
  'hq_finance',
  'hq_general_manager',
  'dealer_manager',
  'dealer_staff',
  'supplier_user',
  'customer',
] as const
export type Principal = (typeof PRINCIPALS)[number]

/** The record a scoped call is aimed at, relative to the caller. */
export const TARGETS = ['own', 'sameOrg', 'otherTenant', 'missing'] as const
export type Target = (typeof TARGETS)[number]

export type Outcome = 'OK' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_REQUEST' | 'CONFLICT'

/** Demo accounts that play each principal (see packages/db/src/seed/demo-network.ts). */
export const STAFF_LOGIN: Record<Exclude<Principal, 'anonymous' | 'customer'>, string> = {
  hq_admin: 'admin',
  hq_service: 'service',
  hq_quality: 'quality',
  hq_finance: 'finance',
  hq_general_manager: 'gm',
  dealer_manager: 'bj.manager',
  dealer_staff: 'bj.staff',
  supplier_user: 'lamp.supplier',
}
export const CUSTOMER_PHONE = '13800000002'

/** For each principal: whose user record is "own", "same organisation", "another tenant". */
const USER_TARGETS: Record<Exclude<Principal, 'anonymous' | 'customer'>, [string, string, string]> = {
  hq_admin: ['admin', 'service', 'sh.manager'],
  hq_service: ['service', 'admin', 'bj.manager'],
  hq_quality: ['quality', 'finance', 'lamp.supplier'],
  hq_finance: ['finance', 'quality', 'sh.manager'],
  hq_general_manager: ['gm', 'admin', 'bj.staff'],
  dealer_manager: ['bj.manager', 'bj.staff', 'sh.manager'],
  dealer_staff: ['bj.staff', 'bj.manager', 'sh.manager'],
  supplier_user: ['lamp.supplier', 'lamp.engineer', 'motor.supplier'],
}

export const MISSING_ID = '00000000-0000-4000-8000-000000000000'

/** Everything a row's input function may need; extended as contexts add fixtures. */
export type Fixture = {
  h: Harness
  /** A number unique to this call, for usernames, contacts and idempotency keys. */
  seq: () => number
  userId(username: string): Promise<string>
  orgId(code: string): Promise<string>
  userTarget(p: Principal, t: Target): Promise<string>
}

export function createFixture(h: Harness): Fixture {
  let n = 0
  const userId = async (username: string) => (await h.repos.users.byUsername(username))!.id
  return {
    h,
    seq: () => ++n,
    userId,
    orgId: async (code) => (await h.repos.organisations.list()).find((o) => o.code === code)!.id,
    async userTarget(p, t) {
      if (t === 'missing' || p === 'anonymous' || p === 'customer') return MISSING_ID
      const [own, same, other] = USER_TARGETS[p]
      return userId(t === 'own' ? own : t === 'sameOrg' ? same : other)
    },
  }
}
