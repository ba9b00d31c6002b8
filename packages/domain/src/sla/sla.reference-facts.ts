/**
 * A peer's service-level facts (ERPNext's service-level-agreement test suite), kept as the reference
 * both the domain and the API are checked against: support hours 10:00–18:00 Monday to Friday, a
 * holiday on Tuesday 2026-11-24, first response within 4 working hours, resolution within 6; a case
 * opened before, during and after hours. Times are Beijing wall times (`YYYY-MM-DD HH:mm`).
 */
export const ERPNEXT_SLA_FACTS = {
  hours: { from: 10 * 60, to: 18 * 60 },
  holiday: '2026-11-24',
  responseHours: 4,
  resolutionHours: 6,
  cases: [
    {
      opened: 'before hours',
      at: '2026-11-23 08:00',
      response: '2026-11-23 14:00',
      resolution: '2026-11-23 16:00',
    },
    {
      opened: 'during hours, resolution exactly at closing',
      at: '2026-11-23 12:00',
      response: '2026-11-23 16:00',
      resolution: '2026-11-23 18:00',
    },
    {
      opened: 'late in the day, over the holiday',
      at: '2026-11-23 15:00',
      response: '2026-11-25 11:00',
      resolution: '2026-11-25 13:00',
    },
    {
      opened: 'after hours, the next day a holiday',
      at: '2026-11-23 19:00',
      response: '2026-11-25 14:00',
      resolution: '2026-11-25 16:00',
    },
  ],
} as const
