import { randomUUID } from 'node:crypto'
import type { LinePricing } from '@asq/domain'
import {
  addDays,
  currentPeriod,
  dealerAccount,
  HQ_WARRANTY_EXPENSE,
  previousPeriod,
  reimbursementKey,
  statementNumber,
} from '@asq/domain'
import { eq } from 'drizzle-orm'
import type { Database } from '../client'
import { feeRepositories } from '../repositories/fee.repository'
import {
  dealerLedgerEntries,
  reimbursementClaims,
  reimbursementLines,
  reimbursementSettings,
  reimbursementSubmissions,
  settlementPeriods,
  settlementRuns,
} from '../schema'
import type { ContextSeed, DemoNetwork } from './steps'

const HOUR = 3_600_000

type SeedLine = {
  ro: string
  day: string
  vin: string
  part: string
  qty: number
  hours: number
  partsFen: number
  labourFen: number
  decision?: 'approved' | 'adjusted'
  approvedFen?: number
  reason?: string
}

const pricing = (l: SeedLine): LinePricing => ({
  partKnown: true,
  productKnown: true,
  priced: true,
  inWarranty: true,
  warrantyReason: '在保修期内，您无需支付。Under warranty.',
  partsFen: l.partsFen,
  labourFen: l.labourFen,
  totalFen: l.partsFen + l.labourFen,
  mustReturnOldPart: true,
  standardApproved: true,
  oldPart: 'registered',
  explanation: ['PART_IN_WARRANTY_AT_COST · demo data', 'LABOUR_IN_WARRANTY_AT_STANDARD · demo data'],
})

/**
 * 北京朝阳服务站 (D-BJ01): the month before last is settled with a statement (the headlamp of case 2,
 * first fitted, plus a wiper motor adjusted by HQ); last month's claim (the replacement headlamp
 * assembly ordered from the manufacturer) is submitted and waits for HQ's audit.
 */
export const seedReimbursement: ContextSeed = async (tx: Database, network: DemoNetwork) => {
  const now = network.now
  const dealerId = network.orgIdByCode['D-BJ01']!
  const liNa = network.customers.find((c) => c.story === 'headlamp-flicker')!
  const zhangWei = network.customers.find((c) => c.story === 'first-service-charged')!
  const last = previousPeriod(currentPeriod(now))
  const before = previousPeriod(last)
  const settledAt = new Date(`${last}-03T02:00:00Z`)
  const fee = feeRepositories(tx)

  await tx.insert(reimbursementSettings).values({
    version: 1,
    submissionDeadlineDay: 10,
    updatedBy: 'seed',
    updatedAt: new Date(now.getTime() - 90 * 24 * HOUR),
  })

  const addClaim = async (
    period: string,
    status: 'settled' | 'submitted',
    at: { submitted: Date; audited?: Date },
    lines: SeedLine[],
  ) => {
    const [claim] = await tx
      .insert(reimbursementClaims)
      .values({
        dealerId,
        period,
        status,
        version: status === 'settled' ? 5 : 2,
        submittedAt: at.submitted,
        auditStartedAt: at.audited ?? null,
        auditedAt: at.audited ?? null,
        settledAt: status === 'settled' ? settledAt : null,
        createdAt: new Date(at.submitted.getTime() - 48 * HOUR),
        updatedAt: status === 'settled' ? settledAt : at.submitted,
      })
      .returning()
    await tx.insert(reimbursementSubmissions).values({
      dealerId,
      idempotencyKey: `seed-${period}`,
      claimId: claim!.id,
      at: at.submitted,
    })
    // Each line's old part is in the station's register (numbered by it, JJ…): sent back and received
    // by HQ for the settled month, reported for the month waiting for audit.
    const regs: string[] = []
    for (const l of lines) {
      const replacedOn = `${period}-${l.day}`
      const { registration: r } = await fee.oldParts.register({
        dealerId,
        clientRequestId: randomUUID(),
        quoteId: null,
        partCode: l.part,
        productLineCode: l.part.slice(0, 2), // the demo part codes start with their product line
        quantity: l.qty,
        serial: l.vin,
        replacedOn,
        returnDeadline: addDays(replacedOn, 30),
        note: null,
        createdAt: new Date(`${replacedOn}T04:00:00Z`),
      })
      const reportedAt = new Date(`${addDays(replacedOn, 2)}T04:00:00Z`)
      await fee.oldParts.update(r.id, r.version, {
        status: status === 'settled' ? 'received' : 'reported',
        reportedAt,
        ...(status === 'settled' ? { receivedAt: new Date(`${addDays(replacedOn, 6)}T04:00:00Z`) } : {}),
      })
      regs.push(r.registrationNumber)
    }
    const rows = await tx
      .insert(reimbursementLines)
      .values(
        lines.map((l, i) => ({
          claimId: claim!.id,
          dealerId,
          seq: i + 1,
          repairOrderNo: l.ro,
          repairDate: `${period}-${l.day}`,
          serial: l.vin,
          partCode: l.part,
          claimKey: reimbursementKey({ repairOrderNo: l.ro, partCode: l.part }),
          quantity: l.qty,
          labourHundredths: Math.round(l.hours * 100),
          oldPartRegistrationNo: regs[i]!,
          claimedFen: l.partsFen + l.labourFen,
          pricing: pricing(l),
          problems: [],
          locked: true,
          decision: l.decision ?? null,
          approvedFen:
            l.decision === 'adjusted' ? l.approvedFen! : l.decision ? l.partsFen + l.labourFen : null,
          reasonCode: l.decision === 'adjusted' ? 'labour_excessive' : null,
          reasonText: l.reason ?? null,
          decidedBy: l.decision ? 'finance' : null,
          decidedAt: at.audited ?? null,
          createdAt: at.submitted,
          updatedAt: at.audited ?? at.submitted,
        })),
      )
      .returning()
    return { claim: claim!, rows }
  }

  // The month before last: audited and settled on the 3rd, with its statement and ledger entries.
  const settled = await addClaim(
    before,
    'settled',
    { submitted: new Date(`${before}-28T06:00:00Z`), audited: new Date(`${last}-02T03:00:00Z`) },
    [
      {
        ro: `BJ-RO-${before.replace('-', '')}-007`,
        day: '08',
        vin: liNa.vin,
        part: 'X7HL001',
        qty: 1,
        hours: 1,
        partsFen: 128000,
        labourFen: 8000,
        decision: 'approved',
      },
      {
        ro: `BJ-RO-${before.replace('-', '')}-015`,
        day: '19',
        vin: zhangWei.vin,
        part: 'H5WM001',
        qty: 1,
        hours: 2,
        partsFen: 30000,
        labourFen: 16000,
        decision: 'adjusted',
        approvedFen: 40000,
        reason: '工时按标准 1 小时核定 Labour allowed at the standard 1 hour',
      },
    ],
  )
  const linesFen = 136000 + 40000 // the approved headlamp line + the adjusted wiper-motor line
  const [run] = await tx
    .insert(settlementRuns)
    .values({
      period: before,
      dealerId,
      statementNo: statementNumber(before, 'D-BJ01'),
      linesFen,
      deductionsFen: 0,
      netFen: linesFen,
      openingBalanceFen: 0,
      closingBalanceFen: linesFen,
      lineCount: 2,
      entryCount: 2,
      trigger: 'schedule',
      runBy: 'system',
      settledAt,
    })
    .returning()
  await tx.insert(dealerLedgerEntries).values(
    settled.rows.map((l) => ({
      causeType: 'claim_line',
      causeId: l.id,
      dealerId,
      debitAccount: HQ_WARRANTY_EXPENSE,
      creditAccount: dealerAccount(dealerId),
      amountFen: l.decision === 'adjusted' ? l.approvedFen! : l.claimedFen,
      memo: `${before} ${l.repairOrderNo} ${l.partCode}`,
      settlementId: run!.id,
      postedAt: settledAt,
      postedBy: 'system',
    })),
  )
  await tx
    .update(reimbursementLines)
    .set({ settlementId: run!.id, settledAt })
    .where(eq(reimbursementLines.claimId, settled.claim.id))
  await tx.insert(settlementPeriods).values({ period: before, completedAt: settledAt })

  // Last month: submitted, waiting for HQ's audit.
  await addClaim(
    last,
    'submitted',
    {
      submitted: new Date(
        Math.min(now.getTime() - 24 * HOUR, Date.parse(`${last}-28T00:00:00Z`) + 5 * 24 * HOUR),
      ),
    },
    [
      {
        ro: `BJ-RO-${last.replace('-', '')}-003`,
        day: '20',
        vin: liNa.vin,
        part: 'X7HL001',
        qty: 1,
        hours: 1.5,
        partsFen: 128000,
        labourFen: 12000,
      },
      {
        ro: `BJ-RO-${last.replace('-', '')}-011`,
        day: '24',
        vin: zhangWei.vin,
        part: 'H5WM001',
        qty: 1,
        hours: 0.5,
        partsFen: 30000,
        labourFen: 4000,
      },
    ],
  )
}
