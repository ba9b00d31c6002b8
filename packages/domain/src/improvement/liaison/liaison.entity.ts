import type { IsoDate } from '../../shared/china-time'
import type { LiaisonLinkKind, LiaisonState } from './liaison.vocabulary'

/** A quality liaison letter (品质联络书) as stored. */
export type LiaisonLetter = {
  id: string
  number: string
  stationId: string
  partCode: string
  /** The part's Chinese name when the letter was sent (the catalogue may rename it later). */
  partName: string
  vins: string[]
  symptoms: string
  vehiclesAffected: number
  firstSeenOn: IsoDate
  state: LiaisonState
  answer: string | null
  answeredBy: string | null
  answeredAt: Date | null
  eightdClaimId: string | null
  submittedBy: string
  submittedAt: Date
  closedAt: Date | null
  clientRequestId: string
  version: number
  updatedAt: Date
}

export type NewLiaisonLetter = Omit<
  LiaisonLetter,
  | 'id'
  | 'state'
  | 'answer'
  | 'answeredBy'
  | 'answeredAt'
  | 'eightdClaimId'
  | 'closedAt'
  | 'version'
  | 'updatedAt'
>

export type LiaisonPhoto = {
  id: string
  letterId: string
  filename: string
  mime: string
  size: number
  sha256: string
  uploadedBy: string
  createdAt: Date
}

/** A complaint or claim line linked to a letter, with what the screens show of it. */
export type LiaisonLink = {
  kind: LiaisonLinkKind
  targetId: string
  /** The complaint's number, or the claim line's repair order number. */
  ref: string
  vin: string | null
  /** The complaint's opening day or the line's repair date (China). */
  on: IsoDate | null
  stationId: string | null
  linkedBy: string
  linkedAt: Date
}

/** A complaint that may concern the letter's part: on one of its VINs or on a vehicle with a claim line for the part. */
export type LiaisonComplaintCandidate = {
  id: string
  number: string
  vin: string | null
  summary: string
  status: string
  stationId: string | null
  openedAt: Date
}

/** A warranty claim line for the letter's part. */
export type LiaisonClaimLineCandidate = {
  id: string
  repairOrderNo: string
  repairDate: IsoDate
  vin: string
  dealerId: string
  quantity: number
  claimedFen: number
}
