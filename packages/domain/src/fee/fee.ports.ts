import type { IsoDate } from '../shared/china-time'
import type { KeysetWindow } from '../shared/paging'
import type { CataloguePart, PartPrice } from './fee.catalogue'
import type { PricedRepair } from './fee.engine'
import type { ImportedPart } from './fee.import'
import type { OldPartRegistration, ReturnDeadlineSetting } from './fee.old-parts'
import type { DealerPartsRequest, PartsDebit } from './fee.parts-requests'
import type { FeeQuote } from './fee.quote'
import type { FeeStandard } from './fee.standard'
import type { DealerPartsRequestStatus, OldPartStatus, QuoteStatus, StandardStatus } from './fee.vocabulary'
import type { WarrantyTerms } from './fee.warranty'

type Paged<T> = Promise<{ items: T[]; total: number }>
type Window = { limit: number; offset: number }

/** A catalogue row with the price in force on the date asked for (null: no price yet). */
export type CatalogueItem = CataloguePart & {
  costFen: number | null
  listFen: number | null
  priceEffectiveFrom: IsoDate | null
}

export interface PartCatalogueRepository {
  list(
    f: Window & {
      q?: string
      productLineCode?: string
      includeInactive: boolean
      asOf: IsoDate
      /** Keyset paging for exports: parts whose code sorts after this one (offset ignored, no total). */
      afterCode?: string
    },
  ): Paged<CatalogueItem>
  parts(codes?: readonly string[]): Promise<CataloguePart[]>
  prices(codes?: readonly string[]): Promise<PartPrice[]>
  productLineCodes(): Promise<string[]>
  productLines(): Promise<{ code: string; nameZh: string; nameEn: string }[]>
  /** Creates or changes a part, and stores its price version (same code and date: replaced). */
  upsert(part: CataloguePart, price: PartPrice, at: Date): Promise<void>
  /**
   * Upserts many rows in multi-row statements, with a price version only where `writePrice`; the
   * caller's transaction makes it all or nothing.
   */
  importRows(rows: readonly ImportedPart[], at: Date): Promise<number>
}

export interface WarrantyTermsRepository {
  list(f: { productLineCode?: string }): Promise<WarrantyTerms[]>
  byId(id: string): Promise<WarrantyTerms | null>
  /** Stores the next version of its scope (product line, or product line + part). */
  /** The new version; null when a version of these terms already starts that day (or was just added). */
  add(
    t: Omit<WarrantyTerms, 'id' | 'version'> & { createdBy: string; at: Date },
  ): Promise<WarrantyTerms | null>
  remove(id: string): Promise<boolean>
}

export type FeeStandardListItem = FeeStandard & { dealerName: string; dealerCode: string }

export interface FeeStandardRepository {
  /** Stores a proposal as the station's next seq; the existing one when the request id was used. */
  propose(
    s: Pick<
      FeeStandard,
      | 'dealerId'
      | 'labourRateFen'
      | 'calloutFeeFen'
      | 'extras'
      | 'effectiveFrom'
      | 'note'
      | 'proposedBy'
      | 'proposedAt'
    > & {
      clientRequestId: string
    },
  ): Promise<{ standard: FeeStandard; created: boolean }>
  byId(id: string): Promise<FeeStandard | null>
  forDealer(dealerId: string): Promise<FeeStandard[]>
  list(f: Window & { status?: StandardStatus; dealerId?: string }): Paged<FeeStandardListItem>
  /** Optimistic: null when `version` is no longer the stored one. */
  decide(
    id: string,
    version: number,
    patch: Pick<FeeStandard, 'status' | 'effectiveFrom' | 'decidedBy' | 'decidedAt' | 'decisionNote'>,
  ): Promise<FeeStandard | null>
}

export interface FeeQuoteRepository {
  /** The existing quote when (dealer, clientRequestId) was used already. */
  create(
    q: Omit<FeeQuote, 'id' | 'number' | 'version' | 'finalisedAt'> & {
      clientRequestId: string
      finalisedAt: Date | null
    },
  ): Promise<{ quote: FeeQuote; created: boolean }>
  byId(id: string): Promise<FeeQuote | null>
  list(f: Window & { dealerId?: string; customerId?: string; status?: QuoteStatus }): Paged<FeeQuote>
  open(dealerId: string): Promise<FeeQuote[]>
  finalise(id: string, version: number, priced: PricedRepair, at: Date): Promise<FeeQuote | null>
}

export type OldPartListItem = OldPartRegistration & { dealerName: string }

export interface OldPartRepository {
  register(
    r: Omit<
      OldPartRegistration,
      'id' | 'registrationNumber' | 'status' | 'reportedAt' | 'receivedAt' | 'calledInAt' | 'version'
    > & {
      clientRequestId: string
    },
  ): Promise<{ registration: OldPartRegistration; created: boolean }>
  byId(id: string): Promise<OldPartRegistration | null>
  list(
    f: Window & KeysetWindow & { dealerId?: string; status?: OldPartStatus; overdueAsOf?: IsoDate },
  ): Paged<OldPartListItem>
  /** Registered and unreported (the candidates for deductions). */
  unreported(f: { dealerId?: string }): Promise<OldPartRegistration[]>
  update(
    id: string,
    version: number,
    patch: Partial<Pick<OldPartRegistration, 'status' | 'note' | 'reportedAt' | 'receivedAt' | 'calledInAt'>>,
  ): Promise<OldPartRegistration | null>
}

export interface ReturnDeadlineRepository {
  list(): Promise<ReturnDeadlineSetting[]>
  set(s: ReturnDeadlineSetting): Promise<void>
  remove(scope: ReturnDeadlineSetting['scope'], key: string): Promise<boolean>
}

export type DealerPartsRequestListItem = DealerPartsRequest & { dealerName: string }

export interface DealerPartsRequestRepository {
  create(
    r: Pick<DealerPartsRequest, 'dealerId' | 'lines' | 'note' | 'createdBy' | 'createdAt'> & {
      clientRequestId: string
    },
  ): Promise<{ request: DealerPartsRequest; created: boolean }>
  byId(id: string): Promise<DealerPartsRequest | null>
  list(
    f: Window & KeysetWindow & { dealerId?: string; status?: DealerPartsRequestStatus },
  ): Paged<DealerPartsRequestListItem>
  update(
    id: string,
    version: number,
    patch: Partial<
      Pick<
        DealerPartsRequest,
        | 'status'
        | 'costTotalFen'
        | 'estimatedShipDate'
        | 'confirmedBy'
        | 'confirmedAt'
        | 'shippedAt'
        | 'receivedAt'
      >
    >,
  ): Promise<DealerPartsRequest | null>
  /** The debits of requests HQ confirmed in a local month 'YYYY-MM' (issue 5 posts them). */
  /** Debits of parts requests confirmed in the period: one dealer's, or every dealer's (null). */
  confirmedDebits(dealerId: string | null, period: string): Promise<PartsDebit[]>
}

export type StockItem = {
  partCode: string
  nameZh: string
  nameEn: string
  quantity: number
  updatedAt: Date
}

export interface StationStockRepository {
  forDealer(dealerId: string): Promise<StockItem[]>
  add(dealerId: string, lines: readonly { partCode: string; quantity: number }[], at: Date): Promise<void>
}

/** A customer's vehicle as the fee engine needs it. */
export type FeeVehicle = {
  vin: string
  productLineCode: string
  purchaseDate: IsoDate
  customerId: string
  mileageKm: number
}

/** The fee context's repositories, bound to one transaction like all the others. */
export type FeeRepositories = {
  catalogue: PartCatalogueRepository
  terms: WarrantyTermsRepository
  standards: FeeStandardRepository
  quotes: FeeQuoteRepository
  oldParts: OldPartRepository
  deadlines: ReturnDeadlineRepository
  partsRequests: DealerPartsRequestRepository
  stock: StationStockRepository
  vehicleByVin(vin: string): Promise<FeeVehicle | null>
  /** Sets the vehicle's recorded mileage, never lower than it is (usage only moves forward). */
  raiseVehicleUsage(vin: string, mileageKm: number): Promise<void>
}
