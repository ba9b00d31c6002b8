import { chinaMonth, monthPeriod, shiftPeriod } from '@asq/domain'

/** A scorecard's period: the twelve months up to and including `toMonth` ('YYYY-MM'), China dates. */
export function scorecardPeriod(toMonth: string) {
  return { from: monthPeriod(shiftPeriod(toMonth, -11)).from, to: monthPeriod(toMonth).to }
}

/** The month a scorecard opens on: this one (China time). */
export const thisMonth = () => chinaMonth(new Date())
