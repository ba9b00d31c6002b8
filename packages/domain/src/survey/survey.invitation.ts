import { chinaDate } from '../shared/china-time'
import { DAY } from '../shared/clock'
import { linkExpired, linkInvalid, linkUsed } from './survey.errors'
import type { SurveySettings } from './survey.policy'
import type { LocalizedText } from './survey.template'
import type { InvitationStatus } from './survey.vocabulary'

/** What the link rules read of an invitation. */
export type InvitationState = {
  status: InvitationStatus
  sentAt: Date | null
  expiresAt: Date | null
  answeredAt: Date | null
  remindersSent: number
}

/**
 * Why a presented survey link cannot be used, or null when it may be answered. Unknown, tampered or
 * cancelled → invalid; answered → used; past its expiry → expired. Used wins over expired, so a
 * customer who answered is thanked rather than told the link ran out.
 */
export function linkRefusal(inv: InvitationState | null, now: Date) {
  if (!inv || inv.status === 'cancelled' || inv.status === 'scheduled' || !inv.expiresAt) return linkInvalid()
  if (inv.answeredAt || inv.status === 'answered') return linkUsed()
  if (inv.expiresAt.getTime() <= now.getTime()) return linkExpired()
  return null
}

/** What lists show: the stored status, with "expired" for a delivered link nobody answered in time. */
export function displayStatus(inv: InvitationState, now: Date): InvitationStatus | 'expired' {
  if (inv.status === 'sent' && inv.expiresAt && inv.expiresAt.getTime() <= now.getTime()) return 'expired'
  return inv.status
}

/** A reminder is due N days after delivery, while unanswered and unexpired, up to the maximum count. */
export function reminderDue(
  inv: InvitationState,
  policy: Pick<SurveySettings, 'reminderAfterDays' | 'maxReminders'>,
  now: Date,
): boolean {
  if (inv.status !== 'sent' || inv.answeredAt || !inv.sentAt || !inv.expiresAt) return false
  if (inv.remindersSent >= policy.maxReminders) return false
  if (inv.expiresAt.getTime() <= now.getTime()) return false
  const dueAt = inv.sentAt.getTime() + (inv.remindersSent + 1) * policy.reminderAfterDays * DAY
  return now.getTime() >= dueAt
}

/** When the n-th reminder is due (for the sweep's query): delivered on or before this instant. */
export const reminderCutoff = (now: Date, reminderAfterDays: number, remindersSent: number) =>
  new Date(now.getTime() - (remindersSent + 1) * reminderAfterDays * DAY)

export const linkExpiry = (sentAt: Date, linkValidDays: number) =>
  new Date(sentAt.getTime() + linkValidDays * DAY)

/** The portal page a link opens; the raw token appears only here, in the message to the customer. */
export const surveyLinkPath = (token: string) => `/portal/s/${token}`

/** The SMS / e-mail inviting (or reminding) a customer to answer, in Chinese and English. */
export function invitationMessage(
  token: string,
  survey: { title: LocalizedText; stationName: LocalizedText | null },
  opts: { reminder: boolean; expiresAt: Date },
): { subject: string; body: string } {
  const link = surveyLinkPath(token)
  const date = chinaDate(opts.expiresAt)
  const who = survey.stationName ? `${survey.stationName.zh}` : '华信汽车'
  const whoEn = survey.stationName ? survey.stationName.en : 'Huaxin Motors'
  const zh = opts.reminder
    ? `【提醒】您还未填写「${survey.title.zh}」，占用您 1 分钟：${link}（${date} 前有效）。${who}`
    : `感谢您选择${who}！请花 1 分钟填写「${survey.title.zh}」：${link}（${date} 前有效）。`
  const en = opts.reminder
    ? `Reminder: please take a minute for "${survey.title.en}": ${link} (valid until ${date}). ${whoEn}`
    : `Thank you for choosing ${whoEn}! Please take a minute for "${survey.title.en}": ${link} (valid until ${date}).`
  return {
    subject: opts.reminder
      ? `提醒：满意度调查 / Reminder: ${survey.title.en}`
      : `满意度调查 / ${survey.title.en}`,
    body: `${zh}\n${en}`,
  }
}
