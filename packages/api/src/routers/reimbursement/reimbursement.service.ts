import type {
  AuditEvent,
  LineProblem,
  ReimbursementClaim,
  ReimbursementLine,
  ReimbursementLineInput,
  Repositories,
} from '@asq/domain'
import {
  chinaDate,
  DEFAULT_SUBMISSION_DEADLINE_DAY,
  DomainError,
  notFound,
  REIMBURSEMENT_STATUS_LABELS,
  recordedUsageAfter,
  reimbursementTotals,
  staleVersion,
  submissionDeadline,
  validateReimbursement,
} from '@asq/domain'
import { priceLines } from './reimbursement.pricing'

/** A unit of work with its audit, as `ctx.transact` gives it. */
export type Tx = { repos: Repositories; audit(e: AuditEvent): Promise<void> }

export async function deadlineDay(repos: Repositories): Promise<number> {
  return (
    (await repos.reimbursement.settings.current())?.submissionDeadlineDay ?? DEFAULT_SUBMISSION_DEADLINE_DAY
  )
}

/** A claim the caller may see: the dealer's own (another dealer's is "not found"), or any for HQ. */
export async function loadClaim(repos: Repositories, id: string, dealerId: string | null) {
  const c = await repos.reimbursement.claims.byId(id)
  if (!c || (dealerId !== null && c.dealerId !== dealerId)) throw notFound('claim')
  return c
}

export function assertVersion(c: ReimbursementClaim, version: number) {
  if (c.version !== version) throw staleVersion('claim')
}

/** Bumps the claim version (the lock every line change takes); stale when someone was first. */
export async function touchClaim(tx: Tx, c: ReimbursementClaim, now: Date) {
  const next = await tx.repos.reimbursement.claims.touch(c.id, c.version, now)
  if (!next) throw staleVersion('claim')
  return next
}

/**
 * Prices every line again at the rules in force on its repair date, validates the whole claim and
 * stores prices and problems (unsubmitted lines only). Returns the lines as now stored.
 */
export async function refreshLines(repos: Repositories, c: ReimbursementClaim, now: Date) {
  const lines = await repos.reimbursement.lines.ofClaim(c.id)
  const { results, pricing } = await judge(repos, c, lines, now)
  const changed = lines
    .map((l, i) => ({ l, pricing: pricing[i]!, problems: results[i]!.problems }))
    .filter(
      (x) =>
        x.l.claimedFen !== x.pricing.totalFen ||
        JSON.stringify(x.l.pricing) !== JSON.stringify(x.pricing) ||
        JSON.stringify(x.l.problems) !== JSON.stringify(x.problems),
    )
  if (c.status === 'draft' && changed.length)
    await repos.reimbursement.lines.reprice(
      changed.map((x) => ({
        id: x.l.id,
        claimedFen: x.pricing.totalFen,
        pricing: x.pricing,
        problems: x.problems,
      })),
      now,
    )
  return {
    lines: lines.map((l, i) =>
      c.status === 'draft'
        ? { ...l, claimedFen: pricing[i]!.totalFen, pricing: pricing[i]!, problems: results[i]!.problems }
        : l,
    ),
    validation: results,
  }
}

/** Prices and validates lines (stored or proposed) of a claim without writing anything. */
export async function judge(
  repos: Repositories,
  c: ReimbursementClaim,
  lines: readonly (ReimbursementLineInput & { id: string })[],
  now: Date,
) {
  const [pricing, claimedElsewhere] = await Promise.all([
    priceLines(repos, c.dealerId, lines),
    repos.reimbursement.lines.claimedKeys(c.dealerId, c.id),
  ])
  const results = validateReimbursement(
    lines.map((l, i) => ({ ...l, pricing: pricing[i]! })),
    { period: c.period, today: chinaDate(now), claimedElsewhere },
  )
  return { pricing, results }
}

/**
 * A repair order's reading moves the vehicle's recorded usage forward (never back): a lower reading
 * stays on its line, flagged, and the record keeps the highest.
 */
export async function recordUsage(repos: Repositories, lines: readonly ReimbursementLineInput[]) {
  for (const l of lines) {
    if (l.usageReading === null) continue
    const v = await repos.fee.vehicleByVin(l.serial)
    if (v && recordedUsageAfter(v.mileageKm, l.usageReading) > v.mileageKm)
      await repos.fee.raiseVehicleUsage(v.vin, l.usageReading)
  }
}

/** Audit trail content of a claim (no prices explanation, just what changed). */
export const claimAudit = (c: ReimbursementClaim) => ({
  status: c.status,
  version: c.version,
  period: c.period,
})
export const lineAudit = (
  l: Pick<
    ReimbursementLine,
    | 'repairOrderNo'
    | 'repairDate'
    | 'serial'
    | 'partCode'
    | 'quantity'
    | 'labourHours'
    | 'oldPartRegistrationNo'
    | 'claimedFen'
  > &
    Partial<Pick<ReimbursementLine, 'usageReading'>> &
    Partial<Pick<ReimbursementLine, 'decision' | 'approvedFen' | 'reasonCode' | 'reasonText'>>,
) => ({
  repairOrderNo: l.repairOrderNo,
  repairDate: l.repairDate,
  serial: l.serial,
  partCode: l.partCode,
  quantity: l.quantity,
  labourHours: l.labourHours,
  oldPartRegistrationNo: l.oldPartRegistrationNo,
  usageReading: l.usageReading ?? null,
  claimedFen: l.claimedFen,
  decision: l.decision ?? null,
  approvedFen: l.approvedFen ?? null,
  reasonCode: l.reasonCode ?? null,
  reasonText: l.reasonText ?? null,
})

/** What both the dealer and HQ see of a line (HQ additionally sees who decided). */
export function lineView(l: ReimbursementLine, audience: 'dealer' | 'hq') {
  return {
    id: l.id,
    seq: l.seq,
    repairOrderNo: l.repairOrderNo,
    repairDate: l.repairDate,
    serial: l.serial,
    partCode: l.partCode,
    quantity: l.quantity,
    labourHours: l.labourHours,
    oldPartRegistrationNo: l.oldPartRegistrationNo,
    usageReading: l.usageReading,
    claimedFen: l.claimedFen,
    pricing: l.pricing
      ? {
          inWarranty: l.pricing.inWarranty,
          warrantyReason: l.pricing.warrantyReason,
          partsFen: l.pricing.partsFen,
          labourFen: l.pricing.labourFen,
          mustReturnOldPart: l.pricing.mustReturnOldPart,
          oldPart: l.pricing.oldPart,
          usage: l.pricing.usage ?? null,
          explanation: l.pricing.explanation,
        }
      : null,
    problems: l.problems as LineProblem[],
    decision: l.decision,
    approvedFen: l.approvedFen,
    reasonCode: l.reasonCode,
    reasonText: l.reasonText,
    decidedAt: l.decidedAt,
    ...(audience === 'hq' ? { decidedBy: l.decidedBy } : {}),
    settled: l.settlementId !== null,
    settledAt: l.settledAt,
  }
}

export async function claimView(
  repos: Repositories,
  c: ReimbursementClaim,
  lines: ReimbursementLine[],
  audience: 'dealer' | 'hq',
) {
  const day = await deadlineDay(repos)
  const dealer = await repos.organisations.byId(c.dealerId)
  return {
    id: c.id,
    dealerId: c.dealerId,
    dealerCode: dealer?.code ?? '',
    dealerName: dealer?.nameZh ?? '',
    period: c.period,
    status: c.status,
    statusLabel: REIMBURSEMENT_STATUS_LABELS[c.status],
    version: c.version,
    deadline: submissionDeadline(c.period, day),
    submittedAt: c.submittedAt,
    auditStartedAt: c.auditStartedAt,
    auditedAt: c.auditedAt,
    settledAt: c.settledAt,
    totals: reimbursementTotals(lines),
    lines: lines.map((l) => lineView(l, audience)),
  }
}

/** A unique index refused the change (e.g. the same repair order and part locked by another claim). */
export function isUniqueViolation(e: unknown): boolean {
  for (let x: unknown = e; x; x = (x as { cause?: unknown }).cause) {
    if ((x as { code?: unknown }).code === '23505') return true
  }
  return false
}

export const alreadyClaimedRace = () =>
  new DomainError(
    'CONFLICT',
    'REIMBURSEMENT.ALREADY_CLAIMED',
    'A line of this claim was claimed in another claim meanwhile; validate again',
  )
