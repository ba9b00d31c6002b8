import { describe, expect, it } from 'vitest'
import {
  displayStatus,
  invitationMessage,
  linkExpiry,
  linkRefusal,
  reminderCutoff,
  reminderDue,
  surveyLinkPath,
} from './survey.invitation'
import { day, SENT, t0 } from './survey.test-fixtures'

const sent = SENT

describe('which link may be answered', () => {
  it.each([
    ['a delivered link', sent, 1, null],
    ['a delivered link a moment before expiry', sent, 14 - 1 / 86_400_000, null],
    ['a delivered link at its expiry', sent, 14, ['PRECONDITION', 'SURVEY.LINK_EXPIRED']],
    ['no invitation', null, 1, ['NOT_FOUND', 'SURVEY.LINK_INVALID']],
    ['a cancelled one', { ...sent, status: 'cancelled' as const }, 1, ['NOT_FOUND', 'SURVEY.LINK_INVALID']],
    // scheduled with an expiry already set: the status alone refuses it
    ['a scheduled one', { ...sent, status: 'scheduled' as const }, 1, ['NOT_FOUND', 'SURVEY.LINK_INVALID']],
    ['one without expiry', { ...sent, expiresAt: null }, 1, ['NOT_FOUND', 'SURVEY.LINK_INVALID']],
    ['an answered one (time recorded)', { ...sent, answeredAt: day(1) }, 2, ['CONFLICT', 'SURVEY.LINK_USED']],
    [
      'an answered one (status only)',
      { ...sent, status: 'answered' as const },
      2,
      ['CONFLICT', 'SURVEY.LINK_USED'],
    ],
    [
      'an answered one past expiry: thanked, not told it ran out',
      { ...sent, status: 'answered' as const, answeredAt: day(1) },
      20,
      ['CONFLICT', 'SURVEY.LINK_USED'],
    ],
  ])('%s', (_n, inv, now, want) => {
    const r = linkRefusal(inv, day(now))
    expect(r ? [r.kind, r.code] : null).toEqual(want)
  })
})

describe('the status lists show', () => {
  it.each([
    ['sent, before expiry', sent, 13, 'sent'],
    ['sent, at expiry', sent, 14, 'expired'],
    ['sent, after expiry', sent, 15, 'expired'],
    ['sent without expiry', { ...sent, expiresAt: null }, 15, 'sent'],
    ['answered, after expiry', { ...sent, status: 'answered' as const, answeredAt: day(1) }, 15, 'answered'],
    ['cancelled, after expiry', { ...sent, status: 'cancelled' as const }, 15, 'cancelled'],
    ['scheduled', { ...sent, status: 'scheduled' as const, sentAt: null, expiresAt: null }, 1, 'scheduled'],
  ])('%s → %s', (_n, inv, now, want) => {
    expect(displayStatus(inv, day(now))).toBe(want)
  })
})

describe('reminders: every guard', () => {
  const policy = { reminderAfterDays: 3, maxReminders: 1 }
  it.each([
    ['due', sent, 3, true],
    ['cancelled', { ...sent, status: 'cancelled' as const }, 3, false],
    ['answered (time recorded, status not yet)', { ...sent, answeredAt: day(1) }, 3, false],
    ['never delivered', { ...sent, sentAt: null }, 3, false],
    ['without expiry', { ...sent, expiresAt: null }, 3, false],
    ['the maximum sent', { ...sent, remindersSent: 1 }, 7, false],
    ['due at the very moment the link expires', { ...sent, expiresAt: day(3) }, 3, false],
  ])('%s → %s', (_n, inv, now, want) => {
    expect(reminderDue(inv, policy, day(now))).toBe(want)
  })

  it('finds the invitations whose next reminder is due: delivered N × (sent + 1) days ago', () => {
    expect(reminderCutoff(day(10), 3, 0)).toEqual(day(7))
    expect(reminderCutoff(day(10), 3, 1)).toEqual(day(4))
    expect(reminderCutoff(day(10), 2, 2)).toEqual(day(4))
  })
})

describe('the link and the message', () => {
  it('expires the given number of days after delivery', () => {
    expect(linkExpiry(t0, 14)).toEqual(day(14))
    expect(linkExpiry(t0, 1)).toEqual(day(1))
  })

  it('opens the portal page of the token', () => {
    expect(surveyLinkPath('Ab3_-x')).toBe('/portal/s/Ab3_-x')
  })

  const survey = { title: { zh: '投诉处理满意度', en: 'Complaint handling' }, stationName: null }
  const station = { zh: '北京朝阳服务站', en: 'Beijing Chaoyang Station' }
  // 17:00 UTC is already the next day in China: the date shown is China's
  const expiresAt = new Date('2026-12-08T17:00:00Z')

  it.each([
    [
      'an invitation from HQ',
      survey,
      false,
      {
        subject: '满意度调查 / Complaint handling',
        body:
          '感谢您选择华信汽车！请花 1 分钟填写「投诉处理满意度」：/portal/s/tok（2026-12-09 前有效）。\n' +
          'Thank you for choosing Huaxin Motors! Please take a minute for "Complaint handling": /portal/s/tok (valid until 2026-12-09).',
      },
    ],
    [
      'an invitation from a station',
      { ...survey, stationName: station },
      false,
      {
        subject: '满意度调查 / Complaint handling',
        body:
          '感谢您选择北京朝阳服务站！请花 1 分钟填写「投诉处理满意度」：/portal/s/tok（2026-12-09 前有效）。\n' +
          'Thank you for choosing Beijing Chaoyang Station! Please take a minute for "Complaint handling": /portal/s/tok (valid until 2026-12-09).',
      },
    ],
    [
      'a reminder from HQ',
      survey,
      true,
      {
        subject: '提醒：满意度调查 / Reminder: Complaint handling',
        body:
          '【提醒】您还未填写「投诉处理满意度」，占用您 1 分钟：/portal/s/tok（2026-12-09 前有效）。华信汽车\n' +
          'Reminder: please take a minute for "Complaint handling": /portal/s/tok (valid until 2026-12-09). Huaxin Motors',
      },
    ],
    [
      'a reminder from a station',
      { ...survey, stationName: station },
      true,
      {
        subject: '提醒：满意度调查 / Reminder: Complaint handling',
        body:
          '【提醒】您还未填写「投诉处理满意度」，占用您 1 分钟：/portal/s/tok（2026-12-09 前有效）。北京朝阳服务站\n' +
          'Reminder: please take a minute for "Complaint handling": /portal/s/tok (valid until 2026-12-09). Beijing Chaoyang Station',
      },
    ],
  ])('%s, in Chinese then English', (_n, s, reminder, want) => {
    expect(invitationMessage('tok', s, { reminder, expiresAt })).toEqual(want)
  })
})
