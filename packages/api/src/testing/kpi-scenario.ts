import { schema } from '@asq/db'
import type { Complaint, NewComplaintEvent, Repositories } from '@asq/domain'
import { chinaInstant, complaintNumber } from '@asq/domain'
import type { Harness } from './harness'

/** China wall time 'YYYY-MM-DD HH:mm' → the instant. */
export const cn = (s: string) =>
  chinaInstant(s.slice(0, 10), Number(s.slice(11, 13)) * 60 + Number(s.slice(14, 16)))

export type Network = {
  stationA: string
  stationB: string
  regionA: string
  vehicle: { id: string; customerId: string; productLineId: string; vin: string }
}

export async function network(h: Harness): Promise<Network> {
  const dealers = await h.repos.organisations.list({ kind: 'dealer' })
  const a = dealers.find((d) => d.code === 'D-BJ01')!
  const b = dealers.find((d) => d.code === 'D-SH01')!
  const [v] = await h.db.select().from(schema.vehicles).limit(1)
  return {
    stationA: a.id,
    stationB: b.id,
    regionA: a.region!,
    vehicle: { id: v!.id, customerId: v!.customerId, productLineId: v!.productLineId, vin: v!.vin },
  }
}

type Step = {
  type: string
  at: string
  data?: Record<string, unknown>
  status?: Complaint['status']
  followUp?: boolean
}

/**
 * Files a complaint through the repositories, as the intake would, and plays its history: each step
 * appends the event and updates the row in one transaction (so the KPI trigger sees every change).
 */
export async function playComplaint(
  h: Harness,
  n: Network,
  c: {
    station: string
    opened: string
    cause: Complaint['cause']
    severity?: Complaint['severity']
    steps: Step[]
  },
): Promise<string> {
  const openedAt = cn(c.opened)
  const id = await h.deps.uow.run(async (repos: Repositories) => {
    const year = openedAt.getUTCFullYear()
    const created = await repos.complaints.create({
      number: complaintNumber(year, await repos.complaints.nextSequence(year)),
      channel: 'phone',
      kind: 'appeal',
      severity: c.severity ?? 'general',
      cause: c.cause,
      customerId: n.vehicle.customerId,
      vehicleId: n.vehicle.id,
      vin: n.vehicle.vin,
      purchaseDate: null,
      stationId: c.station,
      summary: 'KPI test',
      description: 'KPI test',
      openedAt,
      nextDueAt: null,
      clientRequestId: null,
    })
    await repos.complaints.appendEvents(created!.id, openedAt, 'test', [
      {
        type: 'opened',
        visibility: 'internal',
        data: { severity: c.severity ?? 'general', hasStation: true },
      },
    ])
    return created!.id
  })
  for (const s of c.steps) await playStep(h, id, s)
  return id
}

export async function playStep(h: Harness, id: string, s: Step) {
  await h.deps.uow.run(async (repos) => {
    const at = cn(s.at)
    const event: NewComplaintEvent = { type: s.type, visibility: 'internal', data: s.data ?? {} }
    await repos.complaints.appendEvents(id, at, 'test', [event])
    const cur = (await repos.complaints.byId(id))!
    const patch: Partial<Complaint> = { status: s.status ?? cur.status }
    if (s.followUp !== undefined) patch.followUp = { satisfied: s.followUp, note: '', at, by: 'staff' }
    if (s.status === 'closed') patch.closedAt = at
    await repos.complaints.update(id, cur.version, patch)
  })
}
