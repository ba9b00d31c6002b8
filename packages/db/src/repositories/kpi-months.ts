import type { KpiPeriod } from '@asq/domain'
import { addDays, monthPeriod } from '@asq/domain'

/**
 * A period of China dates cut where the monthly roll-up can serve it: the whole months inside it, and
 * the days at either edge that only the daily rows hold. A month's key is its first date's 'YYYY-MM'.
 */
export function splitByMonth(p: KpiPeriod): { months: string[]; edges: KpiPeriod[] } {
  const months: string[] = []
  const edges: KpiPeriod[] = []
  for (let from = p.from; from <= p.to; ) {
    const month = monthPeriod(from.slice(0, 7))
    // The earlier of the month's last day and the period's (ISO dates sort as text).
    const to = [month.to, p.to].sort()[0]!
    if (from === month.from && to === month.to) months.push(from.slice(0, 7))
    else edges.push({ from, to })
    from = addDays(month.to, 1)
  }
  return { months, edges }
}
