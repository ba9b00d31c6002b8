import { randomUUID } from 'node:crypto'
import { type Database, schema } from '@asq/db'
import type { Repositories } from '@asq/domain'
import { reimbursementKey } from '@asq/domain'
import { PARTS, registerOldPart, setUpFeeRules, VIN } from '../authz-matrix/reimbursement.fixtures'

/**
 * Test data for the settlement race and crash tests (not used by the application): `dealers` extra
 * stations, each with an audited claim for `claimPeriod` whose lines are approved, adjusted or
 * rejected, plus, for every third station, an overdue old part and a confirmed parts request in
 * `settlePeriod`. Returns what each station must be paid, net, once settled.
 */
export async function buildSettlementScenario(
  db: Database,
  repos: Repositories,
  opts: { dealers: number; linesPerDealer: number; claimPeriod: string; settlePeriod: string; at: Date },
) {
  await setUpFeeRules(repos, opts.at)
  let seed = 42
  const rand = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
    return seed % n
  }
  const orgs = await db
    .insert(schema.organisations)
    .values(
      Array.from({ length: opts.dealers }, (_, i) => ({
        kind: 'dealer' as const,
        code: `D-T${String(i).padStart(3, '0')}`,
        nameZh: `测试服务站 ${i}`,
        nameEn: `Test station ${i}`,
        region: '测试 Test',
      })),
    )
    .returning()
  const expectedNet = new Map<string, number>()
  const payableByLine = new Map<string, number>()
  for (const [n, org] of orgs.entries()) {
    const [claim] = await db
      .insert(schema.reimbursementClaims)
      .values({
        dealerId: org.id,
        period: opts.claimPeriod,
        status: 'audited',
        version: 3,
        submittedAt: opts.at,
        auditStartedAt: opts.at,
        auditedAt: opts.at,
        createdAt: opts.at,
        updatedAt: opts.at,
      })
      .returning()
    let net = 0
    const values = Array.from({ length: opts.linesPerDealer }, (_, i) => {
      const claimedFen = 1000 + rand(500_000)
      const kind = rand(10)
      const decision = kind < 6 ? 'approved' : kind < 8 ? 'adjusted' : 'rejected'
      const approvedFen =
        decision === 'approved' ? claimedFen : decision === 'adjusted' ? rand(claimedFen) : 0
      net += approvedFen
      const ro = `T-RO-${n}-${i}`
      return {
        claimId: claim!.id,
        dealerId: org.id,
        seq: i + 1,
        repairOrderNo: ro,
        repairDate: `${opts.claimPeriod}-10`,
        serial: VIN.liNa,
        partCode: PARTS.headlamp.code,
        claimKey: reimbursementKey({ repairOrderNo: ro, partCode: PARTS.headlamp.code }),
        quantity: 1,
        labourHundredths: 100,
        oldPartRegistrationNo: null,
        claimedFen,
        pricing: null,
        problems: [],
        locked: true,
        decision,
        approvedFen,
        reasonCode: decision === 'approved' ? null : 'other',
        reasonText: decision === 'approved' ? null : 'test',
        decidedBy: 'finance',
        decidedAt: opts.at,
        createdAt: opts.at,
        updatedAt: opts.at,
      }
    })
    const lines = await db.insert(schema.reimbursementLines).values(values).returning()
    for (const l of lines) payableByLine.set(l.id, l.approvedFen!)
    if (n % 3 === 0) {
      await registerOldPart(
        repos,
        org.id,
        {
          partCode: PARTS.blower.code,
          line: 'X7',
          serial: VIN.liNa,
          replacedOn: `${opts.settlePeriod}-01`,
          returnDeadline: `${opts.settlePeriod}-05`,
        },
        opts.at,
      )
      const { request } = await repos.fee.partsRequests.create({
        dealerId: org.id,
        lines: [{ partCode: PARTS.brake.code, quantity: 1 }],
        note: null,
        createdBy: 'test',
        createdAt: opts.at,
        clientRequestId: randomUUID(),
      })
      await repos.fee.partsRequests.update(request.id, request.version, {
        status: 'confirmed',
        costTotalFen: 5000 + n,
        confirmedBy: 'finance',
        confirmedAt: new Date(`${opts.settlePeriod}-15T03:00:00Z`),
      })
      net -= PARTS.blower.listFen + 5000 + n
    }
    expectedNet.set(org.id, net)
  }
  return { dealerIds: orgs.map((o) => o.id), expectedNet, payableByLine }
}
