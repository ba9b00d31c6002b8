import type {
  Actor,
  AuditEvent,
  Channel,
  Complaint,
  FileComplaintInput,
  Repositories,
  Severity,
  StationContact,
} from '@asq/domain'
import { actorLabel, chinaYear, complaintClocks, complaintNumber, DomainError } from '@asq/domain'
import { loadSla } from './complaint.service'

type Tx = { repos: Repositories; audit(e: AuditEvent): Promise<void> }

/**
 * Files a complaint on any channel. A retried submission (same customer, same clientRequestId)
 * returns the complaint already filed instead of a second one.
 */
export async function fileComplaint(
  tx: Tx,
  actor: Actor | null,
  now: Date,
  args: {
    customerId: string
    channel: Channel
    severity: Severity
    input: FileComplaintInput
    /** Set when a station takes the case: what it typed, the only customer data it will see. */
    stationContact?: StationContact
  },
): Promise<Complaint> {
  const { repos } = tx
  const { input } = args
  const again = await repos.complaints.byClientRequest(args.customerId, input.clientRequestId)
  if (again) return again
  const station = await repos.organisations.byId(input.stationId)
  if (station?.kind !== 'dealer') {
    throw new DomainError(
      'BAD_INPUT',
      'COMPLAINT.STATION_UNKNOWN',
      'Choose a service station from the list',
      { field: 'stationId' },
    )
  }
  const vehicle = input.vehicleId ? await repos.vehicles.byId(input.vehicleId) : null
  if (input.vehicleId && vehicle?.customerId !== args.customerId) {
    throw new DomainError('BAD_INPUT', 'COMPLAINT.VEHICLE_UNKNOWN', 'Choose one of your own vehicles', {
      field: 'vehicleId',
    })
  }
  const sla = await loadSla(repos)
  const year = chinaYear(now)
  const opened = {
    type: 'opened',
    visibility: 'customer' as const,
    data: { severity: args.severity, channel: args.channel, hasStation: true },
  }
  const { nextDueAt } = complaintClocks(
    [{ ...opened, at: now }],
    sla.settings,
    sla.calendarFor(station.id),
    now,
  )
  const created = await repos.complaints.create({
    number: complaintNumber(year, await repos.complaints.nextSequence(year)),
    channel: args.channel,
    kind: input.kind,
    severity: args.severity,
    cause: input.cause,
    customerId: args.customerId,
    vehicleId: vehicle?.id ?? null,
    vin: vehicle?.vin ?? null,
    purchaseDate: vehicle?.purchaseDate ?? null,
    stationId: station.id,
    summary: input.summary,
    description: input.description,
    openedAt: now,
    nextDueAt,
    clientRequestId: input.clientRequestId,
    stationContact: args.stationContact ?? null,
  })
  // Lost a race with the same submission: the other one filed it.
  if (!created) return (await repos.complaints.byClientRequest(args.customerId, input.clientRequestId))!
  await repos.complaints.appendEvents(created.id, now, actorLabel(actor), [opened])
  const customer = await repos.customers.byId(args.customerId)
  const to = customer?.phone ?? customer?.email
  if (to) {
    await repos.outbox.enqueue({
      channel: customer?.phone ? 'sms' : 'email',
      recipient: to,
      kind: 'complaint_received',
      subject: `投诉已受理 ${created.number} / Complaint received`,
      body: `您的投诉 ${created.number} 已受理，${station.nameZh}将在 24 小时内联系您。Your complaint ${created.number} was received; ${station.nameEn} will contact you within 24 hours.`,
      at: now,
    })
  }
  await tx.audit({
    action: 'complaint.file',
    entityType: 'complaint',
    entityId: created.id,
    before: null,
    after: { number: created.number, channel: created.channel, stationId: created.stationId },
  })
  return created
}
