import { testDatabases } from '@asq/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PARTS, setUpFeeRules, VIN } from '../../authz-matrix/reimbursement.fixtures'
import { createHarness, type Harness } from '../../testing/harness'

/**
 * Claim lines carry the repair order's odometer reading: the warranty's 100 000 km limit is judged at
 * it, not at the vehicle's mileage today; the vehicle's record only moves forward; a reading lower
 * than an earlier repair order's for the same VIN is flagged on the line.
 */
describe.each(testDatabases())('odometer readings on claim lines on $name', (target) => {
  let h: Harness
  let manager: Awaited<ReturnType<Harness['as']>>
  const mileage = async (vin: string) => (await h.repos.fee.vehicleByVin(vin))!.mileageKm
  const line = (serial: string, partCode: string, repairOrderNo: string, repairDate: string, km: number) => ({
    repairOrderNo,
    repairDate,
    serial,
    partCode,
    quantity: 1,
    labourHours: 0,
    oldPartRegistrationNo: null,
    usageReading: km,
  })

  beforeAll(async () => {
    h = await createHarness(target, new Date('2026-11-24T02:00:00Z'))
    await setUpFeeRules(h.repos, h.now())
    manager = await h.as(await h.staffToken('bj.manager'))
  })
  afterAll(() => h.close())

  it('judges the warranty at the reading on the repair order and flags a reading that went back', async () => {
    // The X7 has since passed 100 000 km; its repair on 3 November was at 60 000 km.
    await h.repos.fee.raiseVehicleUsage(VIN.liNa, 130_000)
    let claim = await manager.reimbursement.dealer.openClaim({ period: '2026-11' })
    claim = await manager.reimbursement.dealer.addLine({
      claimId: claim.id,
      version: claim.version,
      line: line(VIN.liNa, PARTS.wiper.code, 'RO-U-1', '2026-11-03', 60_000),
    })
    const honest = claim.lines.find((l) => l.repairOrderNo === 'RO-U-1')!
    expect(honest.usageReading).toBe(60_000)
    expect(honest.pricing).toMatchObject({
      inWarranty: true,
      usage: { reading: 60_000, source: 'repair_order', belowEarlier: null },
    })
    expect(await mileage(VIN.liNa)).toBe(130_000) // a lower reading does not move the record back

    // The H5's record is stale (5 200 km); the repair order says 120 000 km: over the limit.
    claim = await manager.reimbursement.dealer.addLine({
      claimId: claim.id,
      version: claim.version,
      line: line(VIN.zhangWei, PARTS.brake.code, 'RO-U-2', '2026-11-05', 120_000),
    })
    const over = claim.lines.find((l) => l.repairOrderNo === 'RO-U-2')!
    expect(over.pricing?.inWarranty).toBe(false)
    expect(over.problems.map((p) => p.code)).toContain('NOT_IN_WARRANTY')
    expect(await mileage(VIN.zhangWei)).toBe(120_000) // the record moves forward

    // A later repair order of the same VIN at 90 000 km: flagged against the 120 000 of RO-U-2.
    claim = await manager.reimbursement.dealer.addLine({
      claimId: claim.id,
      version: claim.version,
      line: line(VIN.zhangWei, PARTS.brake.code, 'RO-U-3', '2026-11-20', 90_000),
    })
    const back = claim.lines.find((l) => l.repairOrderNo === 'RO-U-3')!
    expect(back.pricing?.usage).toEqual({
      reading: 90_000,
      source: 'repair_order',
      belowEarlier: { reading: 120_000, repairDate: '2026-11-05', repairOrderNo: 'RO-U-2' },
    })
    expect(back.pricing?.inWarranty).toBe(true)
    expect(await mileage(VIN.zhangWei)).toBe(120_000)
  })
})
