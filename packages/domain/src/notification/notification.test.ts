import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type AudienceCandidate, audienceOf, NOTIFICATION_EVENTS } from './notification.events'
import { emailFor, notificationEmail, notificationRows } from './notification.rules'

const user = (
  id: string,
  orgId: string,
  roles: AudienceCandidate['roles'],
  active = true,
): AudienceCandidate => ({
  id,
  orgId,
  orgKind: roles[0]!.startsWith('dealer') ? 'dealer' : roles[0]!.startsWith('supplier') ? 'supplier' : 'hq',
  roles,
  active,
})
const staff = [
  user('m', 'bj', ['dealer_manager']),
  user('s', 'bj', ['dealer_staff']),
  user('gone', 'bj', ['dealer_staff'], false),
  user('other', 'sh', ['dealer_manager']),
  user('sup', 'lamp', ['supplier_user']),
  user('hq', 'hq', ['hq_admin']),
]

describe('who receives an event addressed to an organisation', () => {
  it.each([
    ['deadline_near', 'bj', ['m', 's']],
    ['message_received', 'bj', ['m', 's']],
    ['message_received', 'lamp', []],
    ['claim_audited', 'bj', ['m', 's']],
    ['statement_ready', 'bj', ['m']],
    ['statement_ready', 'sh', ['other']],
    ['step_reviewed', 'lamp', ['sup']],
    // A supplier's event never reaches a station, whatever id is passed.
    ['step_reviewed', 'bj', []],
  ] as const)('%s for %s → %j', (event, org, expected) => {
    expect(audienceOf(event, org, staff)).toEqual(expected)
  })
})

describe('fan-out rows', () => {
  it('one row per distinct recipient, all with the same dedupe key', () => {
    const rows = notificationRows({
      event: 'message_received',
      key: 'msg-1',
      recipients: { userIds: ['u1', 'u2', 'u1'], customerIds: ['c1'] },
      link: '/complaints/x',
      payload: { ref: 'TS-1' },
    })
    expect(rows.map((r) => r.recipient)).toEqual([{ userId: 'u1' }, { userId: 'u2' }, { customerId: 'c1' }])
    expect(new Set(rows.map((r) => r.dedupeKey))).toEqual(new Set(['message_received:msg-1']))
  })
  it('the same occurrence always gives the same keys (so a second server collides, never adds)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NOTIFICATION_EVENTS),
        fc.string(),
        fc.array(fc.uuid()),
        (event, key, ids) => {
          const a = notificationRows({ event, key, recipients: { userIds: ids }, link: '/', payload: {} })
          const b = notificationRows({
            event,
            key,
            recipients: { userIds: [...ids].reverse() },
            link: '/',
            payload: {},
          })
          expect(a.length).toBe(new Set(ids).size)
          expect(new Set(a.map((r) => `${JSON.stringify(r.recipient)}|${r.dedupeKey}`))).toEqual(
            new Set(b.map((r) => `${JSON.stringify(r.recipient)}|${r.dedupeKey}`)),
          )
        },
      ),
    )
  })
})

describe('e-mail beside the inbox', () => {
  it.each([
    [null, null],
    [{ email: 'a@b.cn', emailEvents: [] }, null],
    [{ email: null, emailEvents: ['claim_audited'] as const }, null],
    [{ email: 'a@b.cn', emailEvents: ['statement_ready'] as const }, null],
    [{ email: 'a@b.cn', emailEvents: ['claim_audited'] as const }, 'a@b.cn'],
  ])('preferences %j → %s', (prefs, expected) => {
    expect(emailFor(prefs, 'claim_audited')).toBe(expected)
  })
  it('says what happened in both languages with the reference and the link', () => {
    expect(notificationEmail('claim_audited', { ref: 'RC-2026-11-D-BJ01' }, '/dealer/reimbursement')).toEqual(
      {
        subject: '报销明细已审核 RC-2026-11-D-BJ01 · Claim line audited RC-2026-11-D-BJ01',
        body: '报销明细已审核 RC-2026-11-D-BJ01。请登录平台查看：/dealer/reimbursement\nClaim line audited RC-2026-11-D-BJ01. Sign in to see it: /dealer/reimbursement',
      },
    )
  })
})
