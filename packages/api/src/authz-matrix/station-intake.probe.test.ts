import { randomUUID } from 'node:crypto'
import { testDatabases } from '@asq/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../testing/harness'

/**
 * Probe (issue 11, hole 5): a station taking a walk-in by phone learns nothing about a customer the
 * phone belongs to — not the name, not the e-mail, not whether there is one. Matching stays server-side.
 */
const KNOWN = { phone: '13800000002', name: '李娜 Li Na', email: 'li.na@example.cn' }
const UNKNOWN_PHONE = '13899990001'
const TYPED = '路人 Walk-in'

/** Every key path of a value (not the values): two answers of the same shape list the same paths. */
const shape = (v: unknown, at = ''): string[] =>
  v && typeof v === 'object' && !(v instanceof Date)
    ? Object.entries(v).flatMap(([k, x]) => [
        `${at}${k}`,
        ...(Array.isArray(v) ? [] : shape(x, `${at}${k}.`)),
      ])
    : []

describe.each(testDatabases())('station intake probe on $name', (target) => {
  let h: Harness
  let station: Awaited<ReturnType<Harness['as']>>
  let knownId: string

  beforeAll(async () => {
    h = await createHarness(target, new Date('2026-11-23T01:00:00Z'))
    station = await h.as(await h.staffToken('bj.staff'))
    knownId = (await h.repos.customers.byContact({ type: 'phone', value: KNOWN.phone }))!.id
  })
  afterAll(() => h.close())

  const intake = (phone: string, extra: Record<string, unknown> = {}) =>
    station.complaint.station.intake({
      clientRequestId: randomUUID(),
      channel: 'on_site',
      cause: 'service_attitude',
      customerName: TYPED,
      customerContact: phone,
      summary: 'probe',
      description: 'probe',
      ...extra,
    })

  it('answers a known and an unknown phone alike, and shows only what the station typed', async () => {
    const known = await intake(KNOWN.phone)
    const unknown = await intake(UNKNOWN_PHONE)
    expect(Object.keys(known).sort()).toEqual(Object.keys(unknown).sort())

    const [kv, uv] = [
      await station.complaint.station.get({ id: known.id }),
      await station.complaint.station.get({ id: unknown.id }),
    ]
    expect(shape(kv).sort()).toEqual(shape(uv).sort())
    expect(kv.customer).toEqual({ id: null, name: TYPED, phone: KNOWN.phone, email: null })
    expect(uv.customer).toEqual({ id: null, name: TYPED, phone: UNKNOWN_PHONE, email: null })
    const text = JSON.stringify(kv)
    for (const secret of [KNOWN.name, KNOWN.email, knownId]) expect(text).not.toContain(secret)

    // Server-side the case is the customer's: it belongs to the matched profile.
    expect((await h.repos.complaints.byId(known.id))!.customerId).toBe(knownId)
  })

  it('lists and searches by the typed name only, without customer ids', async () => {
    const known = await intake(KNOWN.phone)
    const all = await station.complaint.station.queue({ pageSize: 100 })
    const row = all.items.find((i) => i.id === known.id)!
    expect(row.customerName).toBe(TYPED)
    expect(row).not.toHaveProperty('customerId')
    expect(JSON.stringify(all)).not.toContain(knownId)
    // Searching by the profile's name must not tell which intakes matched it.
    const byProfileName = await station.complaint.station.queue({ pageSize: 100, q: '李娜' })
    expect(byProfileName.items.map((i) => i.id)).not.toContain(known.id)
    const byTypedName = await station.complaint.station.queue({ pageSize: 100, q: '路人' })
    expect(byTypedName.items.map((i) => i.id)).toContain(known.id)
  })

  it("takes no vehicle, so 'is this vehicle the phone's?' has no answer", async () => {
    const vehicle = (await h.repos.vehicles.forCustomer(knownId))[0]!
    const c = await intake(KNOWN.phone, { vehicleId: vehicle.id })
    const stored = (await h.repos.complaints.byId(c.id))!
    expect(stored.vehicleId).toBeNull()
    expect(stored.vin).toBeNull()
  })
})
