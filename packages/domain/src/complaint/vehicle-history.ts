import { z } from 'zod'
import { coverage, type Reason, type UsageUnit, type WarrantyTerms } from '../fee'
import { daysBetween, type IsoDate } from '../shared/china-time'

/**
 * One vehicle's whole after-sales history (issue 17): its facts, its warranty today, and every
 * complaint, quote, claim line, old part, 8D claim and survey answer that names it, newest first.
 * Every context keys on the VIN, so the VIN is the page's address.
 */

/** A VIN as printed: 17 letters and digits, never I, O or Q (ISO 3779); typed in any case. */
export const vinSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-HJ-NPR-Z0-9]{17}$/, 'a VIN is 17 letters and digits without I, O or Q')

export const vehicleHistoryInput = z.object({ vin: vinSchema })

/** A customer's page is addressed by the customer's id (the desk and the vehicle page link to it). */
export const customerHistoryInput = z.object({ customerId: z.string().uuid('a customer id') })

/** What a person types to find a vehicle: part of its VIN or plate (at least 4 characters) or the owner's phone. */
export const vehicleSearchInput = z.object({
  q: z.string().trim().min(4, 'type at least 4 characters of the VIN, the plate or the phone number').max(40),
})

/** The provinces' one-character abbreviations that open a Chinese licence plate (GA 36). */
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'

/** A plate as stored: upper case, without the spaces, middle dot or dash people type inside it. */
export const normalisePlate = (raw: string) => raw.replace(/[\s·•\-.]/g, '').toUpperCase()

/**
 * A licence plate: a province, the city's letter, then five letters and digits (a new-energy plate:
 * D or F and five more); I and O are never used. Typed in any case, with or without the middle dot.
 */
export const plateSchema = z
  .string()
  .transform(normalisePlate)
  .pipe(
    z
      .string()
      .regex(
        new RegExp(`^[${PROVINCES}][A-HJ-NP-Z](?:[DF][A-HJ-NP-Z0-9]{5}|[A-HJ-NP-Z0-9]{5})$`),
        'a plate is a province, a letter and five (new energy: six) letters and digits, e.g. 京A12345',
      ),
  )

/**
 * How a search text is matched: a mobile number exactly (the owner's phone), otherwise as a fragment
 * of the VIN or of the plate (a plate fragment may or may not start with its province).
 */
export function vehicleSearchKind(
  q: string,
): { by: 'phone'; phone: string } | { by: 'fragment'; fragment: string } {
  const digits = q.replace(/[\s-]/g, '')
  if (/^1\d{10}$/.test(digits)) return { by: 'phone', phone: digits }
  return { by: 'fragment', fragment: normalisePlate(q) }
}

export type WarrantyToday = {
  inWarranty: boolean
  reason: Reason
  lastCoveredDay: IsoDate | null
  /** Days from today to the last covered day (0 on that day); null without terms or once expired. */
  daysLeft: number | null
  usageLimit: number | null
  usageUnit: UsageUnit | null
  /** What the limit leaves above the last known reading; null when only months count or expired. */
  usageLeft: number | null
  /**
   * The day the warranty starts when that is after today (a car registered ahead of its sale);
   * otherwise null. Until then the vehicle is not in warranty, and the page says when it will be.
   */
  startsOn: IsoDate | null
}

/**
 * The warranty as it stands today for the vehicle's product-line terms, on its last known reading:
 * the same rule a repair is priced by (months or usage, whichever ends first), plus what is left.
 */
export function warrantyToday(
  terms: WarrantyTerms | null,
  vehicle: { purchaseDate: IsoDate; usage: number },
  today: IsoDate,
): WarrantyToday {
  // `coverage` refuses a repair dated before the purchase; a page read that early is not an error but
  // a warranty still to come: its terms as of the first day, no days counted down yet.
  if (today < vehicle.purchaseDate)
    return {
      ...warrantyToday(terms, vehicle, vehicle.purchaseDate),
      inWarranty: false,
      daysLeft: null,
      startsOn: vehicle.purchaseDate,
    }
  const c = coverage(terms, { purchaseDate: vehicle.purchaseDate, usage: vehicle.usage, repairDate: today })
  const daysLeft = c.inWarranty && c.lastCoveredDay ? daysBetween(today, c.lastCoveredDay) : null
  const usageLimit = terms?.usageLimit ?? null
  return {
    inWarranty: c.inWarranty,
    reason: c.reason,
    lastCoveredDay: c.lastCoveredDay,
    daysLeft,
    usageLimit,
    usageUnit: terms?.usageUnit ?? null,
    usageLeft: c.inWarranty && usageLimit !== null ? usageLimit - vehicle.usage : null,
    startsOn: null,
  }
}

export const HISTORY_KINDS = ['complaint', 'quote', 'claim_line', 'old_part', 'eightd', 'survey'] as const
export type HistoryKind = (typeof HISTORY_KINDS)[number]

/** One thing that happened to the vehicle, with the page it links to (by kind and id). */
export type HistoryEntry = {
  kind: HistoryKind
  id: string
  at: Date
  /** Its own number: CP-…, a quote number, a repair order, a registration number, 8D-… */
  ref: string
  /** One line saying what it was (a summary, a part, a score). */
  text: string
  status: string | null
  /** Money where the entry has an amount (claimed or charged), in fen. */
  amountFen: number | null
  /** The station it happened at, when there was one. */
  stationId: string | null
}

/** Newest first; entries at the same instant keep a fixed order (by kind, then reference). */
export const newestFirst = <E extends HistoryEntry>(entries: readonly E[]): E[] =>
  [...entries].sort(
    (a, b) =>
      b.at.getTime() - a.at.getTime() ||
      HISTORY_KINDS.indexOf(a.kind) - HISTORY_KINDS.indexOf(b.kind) ||
      a.ref.localeCompare(b.ref),
  )

/** A station sees a vehicle it has sold or served (a complaint, a quote, a claim line); HQ sees all. */
export const stationMaySee = (stationId: string, servedBy: readonly (string | null)[]): boolean =>
  servedBy.includes(stationId)

/**
 * What a caller sees of a customer: HQ (`stationId` null) every vehicle; a station the vehicles it may
 * see (stationMaySee). A station that sees none of them sees the customer only through a case of its own
 * that names no vehicle; otherwise the customer is not there for it (`visible` false → NOT_FOUND).
 */
export function customerSeenBy<V>(
  stationId: string | null,
  vehicles: readonly { vehicle: V; servedBy: readonly (string | null)[] }[],
  casesWithoutVehicle: readonly { kind: HistoryKind; stationId: string | null }[],
): { visible: boolean; vehicles: V[] } {
  if (stationId === null) return { visible: true, vehicles: vehicles.map((v) => v.vehicle) }
  const seen = vehicles.filter((v) => stationMaySee(stationId, v.servedBy)).map((v) => v.vehicle)
  const ownCase = casesWithoutVehicle.some((e) => e.kind === 'complaint' && e.stationId === stationId)
  return { visible: seen.length > 0 || ownCase, vehicles: seen }
}

/** A history entry as one caller may see it: `own` is false for another station's record. */
export type VisibleHistoryEntry<E extends HistoryEntry = HistoryEntry> = Omit<
  E,
  'id' | 'stationId' | 'amountFen'
> & {
  id: string | null
  stationId: string | null
  amountFen: number | null
  own: boolean
}

/**
 * What a caller sees of a vehicle's history, newest first. HQ (`stationId` null) sees everything. A
 * station never sees 8D claims (they are between HQ and the supplier), and another station's record
 * shows what happened but neither who nor how much, and no id: it would open nothing but a NOT_FOUND.
 */
export function historyFor<E extends HistoryEntry>(
  stationId: string | null,
  entries: readonly E[],
): VisibleHistoryEntry<E>[] {
  const shown = stationId === null ? entries : entries.filter((e) => e.kind !== 'eightd')
  return newestFirst(shown).map((e) => {
    const own = stationId === null || e.stationId === stationId
    return {
      ...e,
      id: own ? e.id : null,
      stationId: own ? e.stationId : null,
      amountFen: own ? e.amountFen : null,
      own,
    }
  })
}

/**
 * One customer's history: the histories of their vehicles and their cases without one, merged. A
 * case that names a vehicle's VIN without being linked to it shows up in both lists; it is kept once.
 */
export function mergeHistories<E extends HistoryEntry>(lists: readonly (readonly E[])[]): E[] {
  const seen = new Set<string>()
  const out: E[] = []
  for (const e of lists.flat()) {
    const key = `${e.kind}:${e.id}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(e)
  }
  return out
}

/** A customer as their page shows them. */
export type CustomerFacts = { id: string; name: string; phone: string | null; keyAccount: boolean }

/** A vehicle as its history page shows it. */
export type VehicleFacts = {
  id: string
  vin: string
  model: string
  productLineCode: string
  productLine: { zh: string; en: string }
  purchaseDate: IsoDate
  mileageKm: number
  sellingDealerId: string | null
  plate: string | null
  customer: { id: string; name: string; phone: string | null }
}

export interface VehicleHistoryRepository {
  /** Vehicles matching a search, at most `limit`; with `stationId`, only those the station has served. */
  search(
    kind: ReturnType<typeof vehicleSearchKind>,
    scope: { stationId: string | null; limit: number },
  ): Promise<VehicleFacts[]>
  byVin(vin: string): Promise<VehicleFacts | null>
  /** The stations that sold it or served it: complaints, quotes, claim lines, old parts. */
  servedBy(vehicle: { id: string; vin: string; sellingDealerId: string | null }): Promise<string[]>
  /** Everything that names it, in no particular order. */
  entries(vehicle: { id: string; vin: string }): Promise<HistoryEntry[]>
  customer(id: string): Promise<CustomerFacts | null>
  /** The customer's registered vehicles, newest purchase first. */
  vehiclesOf(customerId: string): Promise<VehicleFacts[]>
  /** The customer's cases linked to no registered vehicle, with their 8D claims and survey answers. */
  casesWithoutVehicle(customerId: string): Promise<HistoryEntry[]>
}
