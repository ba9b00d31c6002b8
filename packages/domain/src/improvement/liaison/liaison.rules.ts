import { chinaDate, chinaYear } from '../../shared/china-time'
import { liaisonErrors } from './liaison.errors'

/** Letter numbers read QL-<year>-<6-digit sequence>, the year of submission in China time. */
export const liaisonYear = (submittedAt: Date) => chinaYear(submittedAt)
export const liaisonNumber = (year: number, seq: number) => `QL-${year}-${String(seq).padStart(6, '0')}`

/**
 * What a station sends must hold together: each VIN once, at least as many vehicles affected as
 * VINs named, and a first sighting no later than today in China. Returns the VINs as given (the
 * schema has already normalised them).
 */
export function checkLiaisonReport(
  r: { vins: readonly string[]; vehiclesAffected: number; firstSeenOn: string },
  now: Date,
): void {
  const seen = new Set<string>()
  for (const [i, vin] of r.vins.entries()) {
    if (seen.has(vin)) throw liaisonErrors.duplicateVin(i)
    seen.add(vin)
  }
  if (r.vehiclesAffected < r.vins.length) throw liaisonErrors.tooFewVehicles(r.vins.length)
  if (r.firstSeenOn > chinaDate(now)) throw liaisonErrors.firstSeenInFuture()
}
