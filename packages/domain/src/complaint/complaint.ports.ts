import type { SlaPolicy, SlaSettings, WeeklyHours } from '../sla'
import type { CompensationStatus } from './compensation.rules'
import type { Complaint, ComplaintEvent, NewComplaintEvent } from './complaint.entity'
import type { Status } from './complaint.status'
import type { Cause, Channel, CompensationType, Kind, Severity } from './complaint.vocabulary'
import type { PartsRequestLine, PartsRequestStatus } from './parts-request.rules'

export type NewComplaint = Omit<
  Complaint,
  | 'id'
  | 'version'
  | 'status'
  | 'story'
  | 'mindsets'
  | 'communicationStyle'
  | 'solutions'
  | 'result'
  | 'followUp'
  | 'escalationLevel'
  | 'closedAt'
  | 'responsibleUnit'
  | 'stationContact'
  | 'ownerId'
> & {
  clientRequestId: string | null
  stationContact?: Complaint['stationContact']
}

export type ComplaintFilter = {
  customerId?: string
  stationId?: string
  status?: Status
  kind?: Kind
  severity?: Severity
  /** Only cases whose nearest deadline has passed (as of `now`). */
  overdue?: boolean
  /** Only cases whose nearest deadline falls before this instant (near-breach board). */
  dueBefore?: Date
  cause?: Cause
  /** Cases of stations in this region. */
  region?: string
  /** Cases whose vehicle belongs to this product line. */
  productLineId?: string
  /** Opened at or after this instant, and before `openedBefore` (the KPI drill-down's China dates). */
  openedSince?: Date
  openedBefore?: Date
  now: Date
  q?: string
  /** Only cases owned by one of these people ("my cases", with away colleagues for a manager). */
  ownerIds?: readonly string[]
  /** Only cases nobody owns. */
  unassigned?: boolean
  limit: number
  offset: number
  /** Keyset paging: rows strictly after this cursor, in the list's order (offset is then ignored). */
  after?: string
  order: 'due' | 'newest'
  /** Exports page through every match and show no total: skip counting (total is then 0). */
  uncounted?: boolean
}

/** A row of a list: what lists and exports show (never the story, description or follow-up). */
export type ComplaintListItem = Pick<
  Complaint,
  | 'id'
  | 'number'
  | 'channel'
  | 'kind'
  | 'severity'
  | 'cause'
  | 'status'
  | 'customerId'
  | 'stationId'
  | 'summary'
  | 'escalationLevel'
  | 'openedAt'
  | 'closedAt'
  | 'nextDueAt'
  | 'version'
  | 'ownerId'
> & { customerName: string; stationName: string | null; ownerName: string | null }

/** A page of a list: `total` stops at COUNT_CAP (`totalCapped`), `nextCursor` continues it. */
export type ComplaintPage = {
  items: ComplaintListItem[]
  total: number
  totalCapped: boolean
  nextCursor: string | null
}

export interface ComplaintRepository {
  nextSequence(year: number): Promise<number>
  /** null when this customer already filed with this clientRequestId (a retried submission). */
  create(c: NewComplaint): Promise<Complaint | null>
  byClientRequest(customerId: string, clientRequestId: string): Promise<Complaint | null>
  byId(id: string): Promise<Complaint | null>
  /** Optimistic update: null when `version` is no longer the stored one. */
  update(id: string, version: number, patch: Partial<Complaint>): Promise<Complaint | null>
  list(f: ComplaintFilter): Promise<ComplaintPage>
  events(complaintId: string): Promise<ComplaintEvent[]>
  appendEvents(complaintId: string, at: Date, actorLabel: string, events: NewComplaintEvent[]): Promise<void>
  /** Open complaints whose nearest deadline has passed: what the escalation sweep looks at. */
  dueForSweep(now: Date, limit: number): Promise<Complaint[]>
  /**
   * Records that a pass looked at these cases: the next pass takes the cases looked at longest ago
   * first (never-checked first), so cases left breached at their top level cannot starve a new breach.
   */
  markSwept(ids: string[], at: Date): Promise<void>
  /** Claims the escalation of one breach; null when that (complaint, clock, cycle) was escalated already. */
  claimEscalation(e: { complaintId: string; clock: string; cycle: number; at: Date }): Promise<string | null>
  /** Raises the level by one (capped), under the row lock, and records it on the claimed escalation. */
  raiseLevel(complaintId: string, escalationId: string, maxLevel: number): Promise<Complaint>
  escalationCount(complaintId: string): Promise<number>
}

export type Attachment = {
  id: string
  complaintId: string
  filename: string
  mime: string
  size: number
  sha256: string
  uploadedBy: string
  createdAt: Date
}

export interface ComplaintAttachmentRepository {
  /** The bytes are in the file store (by `sha256`). */
  add(a: Omit<Attachment, 'id' | 'createdAt'> & { at: Date }): Promise<Attachment>
  list(complaintId: string): Promise<Attachment[]>
  /** `content`: bytes stored in the row before the file store existed, else null. */
  content(id: string): Promise<(Attachment & { content: Uint8Array | null }) | null>
}

export type PartsSupportRequest = {
  id: string
  number: string
  complaintId: string
  stationId: string
  region: string | null
  lines: PartsRequestLine[]
  status: PartsRequestStatus
  eta: string | null
  createdAt: Date
  updatedAt: Date
}

export interface PartsSupportRequestRepository {
  create(
    r: Omit<PartsSupportRequest, 'id' | 'status' | 'eta' | 'updatedAt' | 'number'> & { number: string },
  ): Promise<PartsSupportRequest>
  byId(id: string): Promise<PartsSupportRequest | null>
  forComplaint(complaintId: string): Promise<PartsSupportRequest[]>
  list(f: {
    status?: PartsRequestStatus
    stationId?: string
    limit: number
    offset: number
  }): Promise<{ items: PartsSupportRequest[]; total: number }>
  step(
    id: string,
    from: PartsRequestStatus,
    to: PartsRequestStatus,
    eta: string | null,
    at: Date,
  ): Promise<PartsSupportRequest | null>
}

export type TechSupportRequest = {
  id: string
  complaintId: string
  stationId: string | null
  question: string
  answer: string | null
  askedAt: Date
  answeredAt: Date | null
  answeredBy: string | null
}

export interface TechSupportRequestRepository {
  create(
    r: Pick<TechSupportRequest, 'complaintId' | 'stationId' | 'question' | 'askedAt'>,
  ): Promise<TechSupportRequest>
  byId(id: string): Promise<TechSupportRequest | null>
  forComplaint(complaintId: string): Promise<TechSupportRequest[]>
  listOpen(limit: number, offset: number): Promise<{ items: TechSupportRequest[]; total: number }>
  /** Answers once: null when it was already answered. */
  answer(id: string, answer: string, by: string, at: Date): Promise<TechSupportRequest | null>
}

export type Compensation = {
  id: string
  complaintId: string
  type: CompensationType
  amountFen: number
  note: string
  status: CompensationStatus
  proposedBy: string
  proposedByUserId: string
  decidedBy: string | null
  decisionNote: string | null
  createdAt: Date
  decidedAt: Date | null
}

export interface CompensationRepository {
  create(c: Omit<Compensation, 'id' | 'decidedBy' | 'decisionNote' | 'decidedAt'>): Promise<Compensation>
  byId(id: string): Promise<Compensation | null>
  forComplaint(complaintId: string): Promise<Compensation[]>
  listPending(
    limit: number,
    offset: number,
  ): Promise<{
    items: (Compensation & { complaintNumber: string; stationId: string | null })[]
    total: number
  }>
  /** Decides once: null when it is no longer pending. */
  decide(
    id: string,
    status: 'approved' | 'rejected',
    by: string,
    note: string,
    at: Date,
  ): Promise<Compensation | null>
}

export type CalendarDay = { date: string; kind: 'holiday' | 'workday'; name: string }
/** A desk's or station's opening hours and extra closures (holidays come from the calendar days). */
export type OpeningHours = {
  orgId: string
  orgKind: 'hq' | 'dealer' | 'supplier'
  hours: WeeklyHours
  closures: string[]
  version: number
}

export interface SlaRepository {
  currentPolicy(): Promise<SlaPolicy | null>
  savePolicy(p: {
    version: number
    settings: SlaSettings
    effectiveFrom: Date
    createdBy: string
  }): Promise<boolean>
  allCalendarDays(): Promise<CalendarDay[]>
  calendarYear(year: number): Promise<CalendarDay[]>
  upsertDay(d: CalendarDay): Promise<CalendarDay | null>
  deleteDay(date: string): Promise<CalendarDay | null>
  replaceYear(year: number, days: CalendarDay[]): Promise<void>
  /** Every organisation's opening hours that have been set. */
  allOpeningHours(): Promise<OpeningHours[]>
  openingHoursOf(orgId: string): Promise<OpeningHours | null>
  /** Saves when `baseVersion` is still current (0: none yet); false when someone saved meanwhile. */
  saveOpeningHours(
    h: { orgId: string; hours: WeeklyHours; closures: string[]; by: string; at: Date },
    baseVersion: number,
  ): Promise<boolean>
}

export type Vehicle = {
  id: string
  vin: string
  model: string
  purchaseDate: string
  customerId: string
  sellingDealerId: string | null
  mileageKm: number
}

export interface VehicleRepository {
  byId(id: string): Promise<Vehicle | null>
  forCustomer(customerId: string): Promise<Vehicle[]>
}

export type ComplaintIntakeChannel = Channel
export type ComplaintCause = Cause
