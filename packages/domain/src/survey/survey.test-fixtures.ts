import { DAY } from '../shared/clock'
import type { InvitationState } from './survey.invitation'
import type { TemplateContentInput } from './survey.template'

/** Shared data of the survey tests (not measured by mutation testing: see stryker.config.mjs). */
export const t = (zh: string, en: string) => ({ zh, en })
const options = (...o: [id: string, zh: string, en: string][]) =>
  o.map(([id, zh, en]) => ({ id, text: t(zh, en) }))

/** A template with one question of each type; the last two are optional. */
export const CONTENT: TemplateContentInput = {
  title: t('投诉处理满意度', 'Complaint handling satisfaction'),
  intro: t('感谢您', 'Thank you'),
  questions: [
    { id: 'overall', type: 'csat', text: t('总体满意度', 'Overall satisfaction'), dimension: 'reliability' },
    { id: 'recommend', type: 'nps', text: t('推荐意愿', 'Would you recommend us') },
    {
      id: 'contact',
      type: 'single',
      text: t('联系方式', 'How were you contacted'),
      options: options(['phone', '电话', 'Phone'], ['visit', '到店', 'Visit']),
    },
    {
      id: 'liked',
      type: 'multiple',
      required: false,
      text: t('满意之处', 'What went well'),
      options: options(['speed', '速度', 'Speed'], ['manner', '态度', 'Manner'], ['price', '价格', 'Price']),
    },
    { id: 'comment', type: 'text', required: false, text: t('其他意见', 'Anything else') },
  ],
}

/** An instant of delivery and the days after it. */
export const t0 = new Date('2026-11-24T02:00:00Z')
export const day = (n: number) => new Date(t0.getTime() + n * DAY)

/** A link delivered at t0, valid 14 days, unanswered, never reminded. */
export const SENT: InvitationState = {
  status: 'sent',
  sentAt: t0,
  expiresAt: day(14),
  answeredAt: null,
  remindersSent: 0,
}
