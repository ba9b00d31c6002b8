import { testDatabases } from '@asq/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../testing/harness'

/**
 * Issue 17: one vehicle's whole history, found by its VIN or its owner's phone. 李娜's X7
 * (LHX7B2345N0000002, bought 2025-11-02, 18 400 km) has the headlamp case at 北京朝阳, two claim lines
 * for its headlamp with their old parts, and the 8D claim to the lamp supplier that case opened.
 */
const VIN = 'LHX7B2345N0000002'

describe.each(testDatabases())('vehicle history on $name', (target) => {
  let h: Harness
  beforeAll(async () => {
    h = await createHarness(target)
  }, 120_000)
  afterAll(() => h.close())

  it('HQ sees the facts, the warranty today and everything that names the VIN, newest first', async () => {
    const hq = await h.as(await h.staffToken('service'))
    const page = await hq.complaint.desk.vehicle({ vin: VIN.toLowerCase() })
    expect(page.vehicle).toMatchObject({
      vin: VIN,
      model: expect.stringContaining('X7'),
      purchaseDate: '2025-11-02',
      mileageKm: 18_400,
      customerName: '李娜 Li Na',
      customerPhone: '13800000002',
      sellingStation: { zh: '北京朝阳服务站', en: expect.any(String) },
    })
    // X7 terms v2 (from 2023-07-01): 36 months or 120 000 km; the harness's today is 2026-11-24.
    expect(page.warranty).toMatchObject({
      inWarranty: true,
      lastCoveredDay: '2028-11-02',
      daysLeft: 709,
      usageLimit: 120_000,
      usageLeft: 101_600,
      usageUnit: 'km',
    })
    const refs = page.entries.map((e) => `${e.kind} ${e.ref}`)
    expect(refs).toEqual(
      expect.arrayContaining([
        'claim_line BJ-RO-202609-007',
        'claim_line BJ-RO-202610-003',
        expect.stringMatching(/^complaint CP-/),
        expect.stringMatching(/^eightd 8D-/),
        expect.stringMatching(/^old_part /),
      ]),
    )
    const lines = page.entries.filter((e) => e.kind === 'claim_line')
    expect(lines.map((l) => [l.ref, l.text, l.amountFen, l.station?.zh])).toEqual([
      ['BJ-RO-202610-003', 'X7HL001 ×1', 140_000, '北京朝阳服务站'],
      ['BJ-RO-202609-007', 'X7HL001 ×1', 136_000, '北京朝阳服务站'],
    ])
    const times = page.entries.map((e) => e.at.getTime())
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  it('finds the vehicle by the owner’s phone or a piece of the VIN; a station only among its own', async () => {
    const hq = await h.as(await h.staffToken('finance'))
    expect((await hq.complaint.desk.vehicles({ q: '138-0000-0002' })).map((v) => v.vin)).toEqual([VIN])
    expect((await hq.complaint.desk.vehicles({ q: 'b2345n' })).map((v) => v.vin)).toEqual([VIN])
    // By its plate (京Q7B2H3), typed with its middle dot, or a piece of it without the province.
    expect((await hq.complaint.desk.vehicles({ q: '京q·7b2h3' })).map((v) => v.vin)).toEqual([VIN])
    expect((await hq.complaint.desk.vehicles({ q: '7B2H' })).map((v) => [v.vin, v.plate])).toEqual([
      [VIN, '京Q7B2H3'],
    ])
    const found = await hq.complaint.desk.vehicles({ q: '0000' })
    expect(found.length).toBeGreaterThanOrEqual(7)
    expect(found[0]!.customerPhone).toMatch(/^\d{3}\*{4}\d{4}$/)

    const beijing = await h.as(await h.staffToken('bj.staff'))
    const shanghai = await h.as(await h.staffToken('sh.manager'))
    expect((await beijing.complaint.station.vehicles({ q: '0000002' })).map((v) => v.vin)).toEqual([VIN])
    expect(await shanghai.complaint.station.vehicles({ q: '0000002' })).toEqual([])
    // 上海浦东 served 王强's and 赵敏's cars; none of 北京朝阳's appears in its search.
    const theirs = (await shanghai.complaint.station.vehicles({ q: '0000' })).map((v) => v.vin)
    expect(theirs).not.toContain(VIN)
    expect(theirs).not.toContain('LHX5A1234N0000001')
  })

  it('a station sees its own entries in full, no 8D claims, and another station’s vehicle not at all', async () => {
    const beijing = await h.as(await h.staffToken('bj.manager'))
    const page = await beijing.complaint.station.vehicle({ vin: VIN })
    expect(page.entries.some((e) => e.kind === 'eightd')).toBe(false)
    expect(
      page.entries.filter((e) => e.kind === 'claim_line').every((e) => e.own && e.amountFen !== null),
    ).toBe(true)
    expect(page.vehicle.customerPhone).toBe('138****0002')

    const shanghai = await h.as(await h.staffToken('sh.manager'))
    await expect(shanghai.complaint.station.vehicle({ vin: VIN })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(beijing.complaint.station.vehicle({ vin: 'LHX0Z0000Z0000000' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })

  it('refuses a VIN that cannot exist, naming the field', async () => {
    const hq = await h.as(await h.staffToken('admin'))
    await expect(hq.complaint.desk.vehicle({ vin: 'LHX7B2345O0000002' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    })
    await expect(hq.complaint.desk.vehicles({ q: 'ab' })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
  })

  it('one customer’s page: their vehicles with the warranty today, and one history across them', async () => {
    const hq = await h.as(await h.staffToken('service'))
    const vehiclePage = await hq.complaint.desk.vehicle({ vin: VIN })
    const page = await hq.complaint.desk.customer({ customerId: vehiclePage.vehicle.customerId })
    expect(page.customer).toMatchObject({ name: '李娜 Li Na', phone: '13800000002' })
    expect(page.vehicles.map((v) => v.vin)).toContain(VIN)
    expect(page.vehicles.find((v) => v.vin === VIN)!.warranty).toEqual(vehiclePage.warranty)
    // Everything on the vehicle's page is on its owner's, tagged with the VIN, each entry once.
    const keys = page.entries.map((e) => `${e.kind}:${e.id}`)
    expect(new Set(keys).size).toBe(keys.length)
    for (const e of vehiclePage.entries) expect(page.entries).toContainEqual({ ...e, vin: VIN })
    const times = page.entries.map((e) => e.at.getTime())
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  it('a station sees a customer only through what it served; the phone masked; else NOT_FOUND', async () => {
    const hq = await h.as(await h.staffToken('service'))
    const customerId = (await hq.complaint.desk.vehicle({ vin: VIN })).vehicle.customerId
    const beijing = await h.as(await h.staffToken('bj.staff'))
    const page = await beijing.complaint.station.customer({ customerId })
    expect(page.customer.phone).toBe('138****0002')
    expect(page.entries.some((e) => e.kind === 'eightd')).toBe(false)
    const shanghai = await h.as(await h.staffToken('sh.manager'))
    await expect(shanghai.complaint.station.customer({ customerId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(
      hq.complaint.desk.customer({ customerId: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(hq.complaint.desk.customer({ customerId: 'not-an-id' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    })
  })
})
