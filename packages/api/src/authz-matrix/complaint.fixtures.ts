import type { Complaint } from '@asq/domain'
import { type Fixture, MISSING_ID, type Principal, type Target } from './principals'
import { storedFile } from './upload.fixtures'

/**
 * Complaints placed relative to a principal: "own" is the customer's own complaint or one at the
 * dealer principal's station (北京朝阳 D-BJ01); "sameOrg" another customer's complaint at that same
 * station; "otherTenant" a complaint at another station (上海浦东 D-SH01) by another customer.
 */
export function complaintFixtures(fx: Fixture) {
  const { h } = fx
  const customerId = async (phone: string) =>
    (await h.repos.customers.byContact({ type: 'phone', value: phone }))!.id

  async function create(stationCode: string, phone: string, patch: Partial<Complaint>) {
    const n = fx.seq()
    const c = (await h.repos.complaints.create({
      number: `CP-2026-8${String(n).padStart(5, '0')}`,
      channel: 'phone',
      kind: 'appeal',
      severity: 'general',
      cause: 'other',
      customerId: await customerId(phone),
      vehicleId: null,
      vin: null,
      purchaseDate: null,
      stationId: await fx.orgId(stationCode),
      summary: `matrix ${n}`,
      description: 'matrix',
      openedAt: h.now(),
      nextDueAt: null,
      clientRequestId: null,
    }))!
    await h.repos.complaints.appendEvents(c.id, h.now(), 'matrix', [
      {
        type: 'opened',
        visibility: 'customer',
        data: { severity: 'general', channel: 'phone', hasStation: true },
      },
    ])
    return (await h.repos.complaints.update(c.id, c.version, patch))!
  }

  /** A complaint in the requested state for target `t` (or a missing id); the same for every principal. */
  async function complaint(
    _p: Principal,
    t: Target,
    patch: Partial<Complaint> = {},
  ): Promise<{ id: string; version: number }> {
    if (t === 'missing') return { id: MISSING_ID, version: 1 }
    const place: Record<Exclude<Target, 'missing'>, [string, string]> = {
      own: ['D-BJ01', '13800000002'],
      sameOrg: ['D-BJ01', '13800000001'],
      otherTenant: ['D-SH01', '13800000004'],
    }
    const [station, phone] = place[t]
    const c = await create(station, phone, patch)
    return { id: c.id, version: c.version }
  }

  return {
    complaint,
    async partsRequest(p: Principal, t: Target, status: 'requested' | 'shipped') {
      if (t === 'missing') return MISSING_ID
      const c = await complaint(p, t, { status: 'awaiting_parts' })
      const r = await h.repos.partsSupportRequests.create({
        number: `PR-M-${fx.seq()}`,
        complaintId: c.id,
        stationId: (await h.repos.complaints.byId(c.id))!.stationId!,
        region: null,
        lines: [{ partCode: 'P', partName: 'P', quantity: 1 }],
        createdAt: h.now(),
      })
      if (status === 'shipped') {
        await h.repos.partsSupportRequests.step(r.id, 'requested', 'confirmed', '2026-12-01', h.now())
        await h.repos.partsSupportRequests.step(r.id, 'confirmed', 'shipped', null, h.now())
      }
      return r.id
    },
    async techRequest(p: Principal, t: Target) {
      if (t === 'missing') return MISSING_ID
      const c = await complaint(p, t, { status: 'awaiting_tech' })
      return (
        await h.repos.techSupportRequests.create({
          complaintId: c.id,
          stationId: null,
          question: 'q',
          askedAt: h.now(),
        })
      ).id
    },
    async compensation(p: Principal, t: Target) {
      if (t === 'missing') return MISSING_ID
      const c = await complaint(p, t, { status: 'in_progress' })
      const proposer = await fx.userId('cd.manager')
      return (
        await h.repos.compensations.create({
          complaintId: c.id,
          type: 'gift',
          amountFen: 1000,
          note: 'torch',
          status: 'pending_approval',
          proposedBy: 'cd.manager',
          proposedByUserId: proposer,
          createdAt: h.now(),
        })
      ).id
    },
    async attachment(p: Principal, t: Target) {
      if (t === 'missing') return MISSING_ID
      const c = await complaint(p, t)
      const owner = (await h.repos.complaints.byId(c.id))!.customerId
      const a = await h.repos.complaintAttachments.add({
        complaintId: c.id,
        filename: 'x.png',
        mime: 'image/png',
        size: 9,
        sha256: await storedFile(
          h,
          new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, fx.seq() % 256]),
        ),
        uploadedBy: `customer:${owner}`,
        at: h.now(),
      })
      return a.id
    },
  }
}
