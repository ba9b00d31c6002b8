import { describe, expect, it } from 'vitest'
import type { Actor } from '../identity/identity.actor'
import { auditActorFields } from './audit.event'

const staff: Actor = {
  kind: 'staff',
  userId: 'u-1',
  username: 'sh.manager',
  displayName: '王经理',
  orgId: 'o-1',
  orgKind: 'dealer',
  orgName: '上海浦东服务站',
  roles: ['dealer_manager'],
}
const customer: Actor = { kind: 'customer', customerId: 'c-1', displayName: '刘洋' }

describe('who an audit event names', () => {
  it.each([
    [
      'a staff member: label and user id, no customer',
      staff,
      { actorLabel: 'sh.manager@dealer', actorUserId: 'u-1', actorCustomerId: null },
    ],
    [
      'a customer: label and customer id, no user',
      customer,
      { actorLabel: 'customer:c-1', actorUserId: null, actorCustomerId: 'c-1' },
    ],
    [
      'nobody signed in (a sign-in attempt)',
      null,
      { actorLabel: 'anonymous', actorUserId: null, actorCustomerId: null },
    ],
  ] as const)('%s', (_name, actor, fields) => {
    expect(auditActorFields(actor)).toEqual(fields)
  })
})
