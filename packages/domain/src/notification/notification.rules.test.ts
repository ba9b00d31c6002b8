import { describe, expect, it } from 'vitest'
import { expectBilingualLabels } from '../shared/labels.test-fixtures'
import {
  type AudienceCandidate,
  audienceOf,
  NOTIFICATION_EVENT_LABELS,
  NOTIFICATION_EVENTS,
} from './notification.events'
import { recipientKey } from './notification.ports'
import {
  DEFAULT_NOTIFICATION_PREFERENCES,
  emailFor,
  notificationEmail,
  notificationRows,
} from './notification.rules'
import {
  notificationIdSchema,
  notificationListInputSchema,
  notificationPreferencesInputSchema,
} from './notification.schema'
import { maskedOutboxBody, renderOutboxBody, SECRET_PLACEHOLDER } from './outbox'

/** Who is told what, and what the inbox, the preferences page and the e-mail accept and say. */
const staff = (id: string, over: Partial<AudienceCandidate> = {}): AudienceCandidate => ({
  id,
  orgId: 'st-bj',
  orgKind: 'dealer',
  roles: ['dealer_staff'],
  active: true,
  ...over,
})

describe('the audience of an organisation’s event', () => {
  const people = [
    staff('u3-manager', { roles: ['dealer_manager'] }),
    staff('u1-advisor'),
    staff('u2-left', { active: false }),
    staff('u4-other-station', { orgId: 'st-sh' }),
    staff('u5-hq', { orgKind: 'hq', roles: ['dealer_staff'] }),
    staff('u6-supplier', { orgId: 'sup-1', orgKind: 'supplier', roles: ['supplier_user'] }),
  ]
  it.each([
    ['deadline_near', ['u1-advisor', 'u3-manager']],
    ['message_received', ['u1-advisor', 'u3-manager']],
    ['claim_audited', ['u1-advisor', 'u3-manager']],
    ['statement_ready', ['u3-manager']],
    ['notice_approved', ['u3-manager']],
    ['liaison_answered', ['u1-advisor', 'u3-manager']],
    ['step_reviewed', []],
  ] as const)('%s at the station → %j (sorted, active, its own org and kind only)', (event, ids) => {
    expect(audienceOf(event, 'st-bj', people)).toEqual(ids)
  })
  it('a supplier’s users hear of its reviewed steps; a supplier-kind user of another org does not', () => {
    expect(audienceOf('step_reviewed', 'sup-1', people)).toEqual(['u6-supplier'])
    expect(audienceOf('step_reviewed', 'sup-1', [staff('s9', { orgId: 'sup-1' })])).toEqual([])
  })
  it('one role of several is enough; the same person listed twice is told once', () => {
    const both = staff('u7', { roles: ['hq_quality', 'dealer_manager'] })
    expect(audienceOf('statement_ready', 'st-bj', [both, both])).toEqual(['u7'])
  })
})

describe('one row per recipient', () => {
  it('users and customers, each once, with the event’s dedupe key', () => {
    const rows = notificationRows({
      event: 'message_received',
      key: 'msg-1',
      recipients: { userIds: ['u1', 'u1', 'u2'], customerIds: ['c1', 'c1'] },
      link: '/complaints/c',
      payload: { ref: 'CP-2026-000001' },
    })
    expect(rows).toEqual(
      [{ userId: 'u1' }, { userId: 'u2' }, { customerId: 'c1' }].map((recipient) => ({
        recipient,
        event: 'message_received',
        dedupeKey: 'message_received:msg-1',
        link: '/complaints/c',
        payload: { ref: 'CP-2026-000001' },
      })),
    )
  })
  it('no recipients, no rows', () => {
    expect(
      notificationRows({ event: 'deadline_near', key: 'k', recipients: {}, link: '/', payload: {} }),
    ).toEqual([])
  })
  it('preferences are keyed by kind of person', () => {
    expect(recipientKey({ userId: 'u1' })).toBe('user:u1')
    expect(recipientKey({ customerId: 'c1' })).toBe('customer:c1')
  })
})

describe('e-mail beside the inbox', () => {
  it('nobody is e-mailed by default', () => {
    expect(DEFAULT_NOTIFICATION_PREFERENCES).toEqual({ email: null, emailEvents: [] })
    expect(emailFor(DEFAULT_NOTIFICATION_PREFERENCES, 'deadline_near')).toBeNull()
    expect(emailFor(null, 'deadline_near')).toBeNull()
  })
  it('only the chosen events, and only with an address', () => {
    const p = { email: 'wang@example.com', emailEvents: ['deadline_near'] as const }
    expect(emailFor(p, 'deadline_near')).toBe('wang@example.com')
    expect(emailFor(p, 'statement_ready')).toBeNull()
    expect(emailFor({ ...p, email: '' }, 'deadline_near')).toBeNull()
  })
  it('says the event and its reference in Chinese first, English beside', () => {
    expect(notificationEmail('statement_ready', { ref: 'ST-2026-11-0001' }, '/statements/1')).toEqual({
      subject: '结算单已生成 ST-2026-11-0001 · Statement ready ST-2026-11-0001',
      body: '结算单已生成 ST-2026-11-0001。请登录平台查看：/statements/1\nStatement ready ST-2026-11-0001. Sign in to see it: /statements/1',
    })
    expect(notificationEmail('deadline_near', {}, '/x').subject).toBe('处理时限告警 · Deadline alert')
    expect(notificationEmail('deadline_near', { ref: null }, '/x').subject).toBe(
      '处理时限告警 · Deadline alert',
    )
  })
  it('every event reads in both languages', () => {
    expectBilingualLabels(NOTIFICATION_EVENTS, NOTIFICATION_EVENT_LABELS)
  })
})

describe('inputs at their limits', () => {
  const where = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
    r.success ? 'ok' : r.error!.issues[0]!.path.join('.')
  it('the inbox page defaults to 20, all', () => {
    expect(notificationListInputSchema.parse({})).toEqual({ limit: 20, unreadOnly: false })
  })
  it.each([
    [{ limit: 1 }, 'ok'],
    [{ limit: 100 }, 'ok'],
    [{ limit: 0 }, 'limit'],
    [{ limit: 101 }, 'limit'],
    [{ limit: 2.5 }, 'limit'],
    [{ before: 0 }, 'before'],
    [{ before: 7 }, 'ok'],
  ])('list %j → %s', (input, want) => {
    expect(where(notificationListInputSchema.safeParse(input))).toBe(want)
  })
  it('a notification is named by its id', () => {
    expect(where(notificationIdSchema.safeParse({ id: 'n1' }))).toBe('id')
    expect(where(notificationIdSchema.safeParse({ id: '11111111-1111-4111-8111-111111111111' }))).toBe('ok')
  })
  it.each([
    [{ email: null, emailEvents: [] }, 'ok'],
    [{ email: `${'a'.repeat(188)}@example.com`, emailEvents: [] }, 'ok'],
    [{ email: `${'a'.repeat(189)}@example.com`, emailEvents: [] }, 'email'],
    [{ email: 'not-an-address', emailEvents: [] }, 'email'],
    [{ email: null, emailEvents: ['deadline_near', 'statement_ready'] }, 'ok'],
    [{ email: null, emailEvents: ['birthday'] }, 'emailEvents.0'],
    [{ email: null, emailEvents: [...NOTIFICATION_EVENTS] }, 'ok'],
    [{ email: null, emailEvents: [...NOTIFICATION_EVENTS, 'deadline_near'] }, 'emailEvents'],
  ])('preferences %# → %s', (input, want) => {
    expect(where(notificationPreferencesInputSchema.safeParse(input))).toBe(want)
  })
})

describe('secrets in outbox messages', () => {
  const body = `您的验证码是 ${SECRET_PLACEHOLDER}，5 分钟内有效`
  it('delivery puts the secret in; staff and logs see it masked', () => {
    expect(SECRET_PLACEHOLDER).toBe('{{secret}}')
    expect(renderOutboxBody({ body, secret: '493027' })).toBe('您的验证码是 493027，5 分钟内有效')
    expect(maskedOutboxBody({ body })).toBe('您的验证码是 ••••••，5 分钟内有效')
  })
  it('a message whose secret is gone is delivered masked, never with the placeholder', () => {
    expect(renderOutboxBody({ body, secret: null })).toBe('您的验证码是 ••••••，5 分钟内有效')
  })
})
