import type { Complaint } from './complaint.entity'
import type { Status } from './complaint.status'

/** A complaint for command tests: one base record, put in any status with any fields overridden. */
export const now = new Date('2026-11-24T02:00:00Z')
const base: Complaint = {
  id: 'c1',
  number: 'CP-2026-000001',
  channel: 'portal',
  kind: 'appeal',
  severity: 'general',
  cause: 'parts_availability',
  status: 'new',
  customerId: 'cust',
  vehicleId: null,
  vin: null,
  purchaseDate: null,
  stationId: 'st',
  ownerId: null,
  responsibleUnit: null,
  summary: 's',
  description: 'd',
  story: null,
  mindsets: [],
  communicationStyle: null,
  solutions: [],
  result: null,
  followUp: null,
  escalationLevel: 0,
  stationContact: null,
  openedAt: now,
  closedAt: null,
  nextDueAt: null,
  version: 1,
}
export const at = (status: Status, over: Partial<Complaint> = {}): Complaint => ({ ...base, status, ...over })
export const v = { id: '11111111-1111-4111-8111-111111111111', version: 1 }
