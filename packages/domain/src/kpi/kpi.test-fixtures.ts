import { chinaInstant } from '../shared/china-time'
import type { ComplaintFact, ComplaintForFact } from './kpi.facts'
import type { KpiInputs } from './kpi.figures'
import { emptyTally } from './kpi.tally'

/** A complaint fact with nothing decided yet (no scope, both clocks pending, no minutes), then `over`. */
export const pendingFact = (over: Partial<ComplaintFact> = {}): ComplaintFact => ({
  complaintId: 'x',
  openedDay: '2026-03-01',
  stationId: null,
  region: null,
  productLineId: null,
  cause: 'waiting_time',
  severity: 'general',
  closed: false,
  response: 'pending',
  resolution: 'pending',
  responseMinutes: null,
  resolutionMinutes: null,
  reopened: false,
  followedUp: false,
  satisfied: false,
  ...over,
})

/** A month's inputs: 40 complaints (36 closed), 30 claim lines, 2 000 vehicles, cost 12 345.67 of 20 000 yuan. */
export const kpiInputs = (over: Partial<KpiInputs> = {}): KpiInputs => ({
  complaints: { ...emptyTally(), opened: 40, closed: 36, responseLate: 2, resolutionLate: 3, reopened: 1 },
  unitsInService: 2000,
  claimLines: 30,
  warrantyCostFen: 1_234_567,
  budgetFen: 2_000_000,
  survey: { delivered: 0, answered: 0, csi: null, nps: null },
  eightd: { stepDaysAvg: 4.5, overdueClaims: 2 },
  recovery: { claimedFen: 0, acceptedFen: 0 },
  ...over,
})

/** China wall time 'YYYY-MM-DD HH:mm' → the instant. */
export const cn = (s: string) => {
  const [date = '', time = '00:00'] = s.split(' ')
  const [h = 0, m = 0] = time.split(':').map(Number)
  return chinaInstant(date, h * 60 + m)
}
export const complaintEvent = (type: string, at: string, data: Record<string, unknown> = {}) => ({
  type,
  at: cn(at),
  data,
})
/** A general complaint with a station, opened at China wall time `at`. */
export const openedEvent = (at: string) =>
  complaintEvent('opened', at, { severity: 'general', hasStation: true })

/** Complaint c1 at station s1 (north, product line p1), opened Monday 2 March 2026 09:00 China time. */
export const complaintC1: ComplaintForFact = {
  id: 'c1',
  openedAt: cn('2026-03-02 09:00'),
  stationId: 's1',
  region: 'north',
  productLineId: 'p1',
  cause: 'repair_quality',
  severity: 'general',
  status: 'in_progress',
  followUp: null,
}
