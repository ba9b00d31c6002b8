import type { WeeklyHours } from '@asq/domain'

/** Minutes after midnight as a wall time, 510 → "08:30" (1440 → "24:00"). */
export const minutesText = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
/** "08:30" → 510; null when not a time. */
export const textMinutes = (s: string | null | undefined): number | null => {
  const m = /^(\d{1,2}):(\d{2})$/.exec(s ?? '')
  return m ? Number(m[1]) * 60 + Number(m[2]) : null
}

/** Monday first, as Chinese calendars print a week; the value is the weekday index (0 = Sunday). */
export const WEEKDAYS_MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0] as const
export const WEEKDAY_LABELS: Record<number, { zh: string; en: string }> = {
  0: { zh: '周日', en: 'Sun' },
  1: { zh: '周一', en: 'Mon' },
  2: { zh: '周二', en: 'Tue' },
  3: { zh: '周三', en: 'Wed' },
  4: { zh: '周四', en: 'Thu' },
  5: { zh: '周五', en: 'Fri' },
  6: { zh: '周六', en: 'Sat' },
}

/** One weekday's intervals as text, "08:30–12:00, 13:30–18:00"; empty when closed. */
export const dayHoursText = (hours: WeeklyHours, weekday: number) =>
  (hours[weekday] ?? []).map((i) => `${minutesText(i.from)}–${minutesText(i.to)}`).join(', ')
