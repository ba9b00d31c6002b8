import type { IsoDate } from '../shared/china-time'

/**
 * Usage (km on the odometer, or running hours) on a claim line. The warranty's usage limit is judged
 * at the reading written on the repair order, not at the vehicle's reading today: a car that has since
 * passed the limit keeps an honest in-warranty repair claimable, and a stale record lets no over-limit
 * repair through. A line without a reading (an old line, a file without the column) falls back to the
 * vehicle's recorded usage, and says so.
 */
export type UsageSource = 'repair_order' | 'vehicle_record'

/** A reading recorded earlier for the same VIN (another repair order). */
export type EarlierReading = { reading: number; repairDate: IsoDate; repairOrderNo: string }

export type UsageCheck = {
  reading: number
  source: UsageSource
  /** The highest earlier reading for the VIN when this one is lower (suspect: a rolled-back or mistyped odometer). */
  belowEarlier: EarlierReading | null
}

/**
 * The reading a line is judged at, and whether it is lower than a reading recorded on an earlier
 * repair date for the same VIN (readings of the same repair order, or of the same day, are not compared:
 * their order within a day is unknown).
 */
export function usageAtRepair(
  line: { usageReading: number | null; repairDate: IsoDate; repairOrderNo: string },
  recordedUsage: number,
  earlier: readonly EarlierReading[],
): UsageCheck {
  if (line.usageReading === null)
    return { reading: recordedUsage, source: 'vehicle_record', belowEarlier: null }
  const ro = line.repairOrderNo.trim().toUpperCase()
  const highest = earlier
    .filter((e) => e.repairDate < line.repairDate && e.repairOrderNo.trim().toUpperCase() !== ro)
    .reduce<EarlierReading | null>((best, e) => (!best || e.reading > best.reading ? e : best), null)
  return {
    reading: line.usageReading,
    source: 'repair_order',
    belowEarlier: highest && highest.reading > line.usageReading ? highest : null,
  }
}

/** The vehicle's recorded usage after a repair order's reading: it only moves forward. */
export const recordedUsageAfter = (recorded: number, reading: number | null): number =>
  reading === null ? recorded : Math.max(recorded, reading)
