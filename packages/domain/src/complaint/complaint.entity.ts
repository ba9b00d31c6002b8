import type { CommunicationStyle } from './communication-style'
import type { Status } from './complaint.status'
import type { Cause, Channel, Kind, Mindset, ResponsibleUnit, Severity } from './complaint.vocabulary'

/** Step 1 of the six-step method (聽故事): the customer's story, confirmed with them. */
export type Story = {
  what: string
  when: string
  where: string
  who: string
  /** Tools used, warning lights seen. */
  tools: string
  /** Statements of the other parties, gathered within 30 minutes. */
  otherParties: string
  confirmedByCustomer: boolean
}

export type SolutionOption = { title: string; description: string }

/**
 * The name and contact a station typed when it took the complaint itself. The station's views show
 * these, never the profile of a customer the contact happened to match (matching stays server-side).
 */
export type StationContact = { name: string; contact: string }

export type FollowUp = { satisfied: boolean; note: string; at: Date; by: 'customer' | 'staff' }

/** Escalation levels: the station, its region, HQ service, HQ management. */
export const ESCALATION_LEVELS = ['station', 'region', 'hq_service', 'hq_management'] as const
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number]

export type Complaint = {
  id: string
  number: string
  channel: Channel
  kind: Kind
  severity: Severity
  cause: Cause
  status: Status
  customerId: string
  vehicleId: string | null
  vin: string | null
  purchaseDate: string | null
  stationId: string | null
  /** The person who owns the case (assignment.ts); null while unassigned. */
  ownerId: string | null
  stationContact: StationContact | null
  responsibleUnit: ResponsibleUnit | null
  summary: string
  description: string
  story: Story | null
  mindsets: Mindset[]
  /** Step 2 (探心態) also reads the customer's communication style; null until it is read. */
  communicationStyle: CommunicationStyle | null
  /** Step 4 (出方案): several options, the best first. */
  solutions: SolutionOption[]
  result: string | null
  followUp: FollowUp | null
  escalationLevel: number
  openedAt: Date
  closedAt: Date | null
  nextDueAt: Date | null
  version: number
}

export type EventVisibility = 'customer' | 'internal'

/** One entry of the complaint's history: the timeline, and the input of its clocks. */
export type ComplaintEvent = {
  id: string
  complaintId: string
  at: Date
  type: string
  visibility: EventVisibility
  actorLabel: string
  data: Record<string, unknown>
}

export type NewComplaintEvent = Pick<ComplaintEvent, 'type' | 'visibility' | 'data'>

/** A readable, sortable number, e.g. CP-2026-000123. */
export const complaintNumber = (year: number, seq: number) => `CP-${year}-${String(seq).padStart(6, '0')}`
