import type { EightdClaim, EightdRecovery, EightdStep, Repositories } from '@asq/domain'
import {
  currentDiscipline,
  isOverdue,
  missingDependencies,
  owedBySupplier,
  STEP_DEPENDS_ON,
} from '@asq/domain'

const stepView = (s: EightdStep, all: EightdStep[], now: Date) => ({
  step: s.step,
  status: s.status,
  content: s.content,
  revision: s.revision,
  deadlineAt: s.deadlineAt,
  submittedAt: s.submittedAt,
  approvedAt: s.approvedAt,
  overdue: isOverdue(s, now),
  dependsOn: STEP_DEPENDS_ON[s.step],
  /** The supplier may submit it now: it is owed and what it depends on is approved. */
  canSubmit: owedBySupplier(s.status) && missingDependencies(all, s.step).length === 0,
  version: s.version,
})

const recoveryView = (r: EightdRecovery | null) =>
  r && {
    lines: r.lines.map((l) => ({ kind: l.kind, description: l.description, amountFen: l.amountFen })),
    costFen: r.costFen,
    handlingFeeFen: r.handlingFeeFen,
    computedFen: r.computedFen,
    amountFen: r.amountFen,
    status: r.status,
    disputeReason: r.disputeReason,
    note: r.hqNote,
    decidedAt: r.decidedAt,
    version: r.version,
  }

const claimFields = (c: EightdClaim) => ({
  id: c.id,
  number: c.number,
  title: c.title,
  partCode: c.partCode,
  partName: c.partName,
  lot: c.lot,
  quantityAffected: c.quantityAffected,
  foundAt: c.foundAt,
  severity: c.severity,
  description: c.description,
  status: c.status,
  openedAt: c.openedAt,
  closedAt: c.closedAt,
  nextDueAt: c.nextDueAt,
  escalationLevel: c.escalationLevel,
  version: c.version,
})

async function parts(repos: Repositories, c: EightdClaim) {
  const [steps, reviews, evidence, recovery] = await Promise.all([
    repos.eightd.steps.forClaim(c.id),
    repos.eightd.reviews.forClaim(c.id),
    repos.eightd.evidence.forClaim(c.id),
    repos.eightd.recovery.get(c.id),
  ])
  return { steps, reviews, evidence, recovery }
}

/**
 * What a supplier sees: its claim, the steps, HQ's comments and the recovery. Fields are listed one by
 * one: reviewers' internal notes, reviewer names, linked complaints and HQ's escalations never leave HQ.
 */
export async function supplierClaimView(repos: Repositories, c: EightdClaim, now: Date) {
  const { steps, reviews, evidence, recovery } = await parts(repos, c)
  return {
    ...claimFields(c),
    currentStep: currentDiscipline(steps),
    steps: steps.map((s) => stepView(s, steps, now)),
    comments: reviews.map((r) => ({
      step: r.step,
      revision: r.revision,
      decision: r.decision,
      comment: r.comment,
      at: r.at,
    })),
    evidence: evidence.map((e) => ({
      id: e.id,
      step: e.step,
      filename: e.filename,
      mime: e.mime,
      size: e.size,
      createdAt: e.createdAt,
    })),
    recovery: recoveryView(recovery),
  }
}

/** HQ's view: everything, including internal notes, linked complaints, cost lines and escalations. */
export async function hqClaimView(repos: Repositories, c: EightdClaim, now: Date) {
  const [{ steps, reviews, evidence, recovery }, escalations, supplier, complaints] = await Promise.all([
    parts(repos, c),
    repos.eightd.claims.escalations(c.id),
    repos.organisations.byId(c.supplierId),
    Promise.all(c.complaintIds.map((id) => repos.complaints.byId(id))),
  ])
  return {
    ...claimFields(c),
    supplierId: c.supplierId,
    supplierName: supplier ? { zh: supplier.nameZh, en: supplier.nameEn } : null,
    complaintIds: c.complaintIds,
    complaints: complaints.flatMap((x) => (x ? [{ id: x.id, number: x.number, summary: x.summary }] : [])),
    warrantyRefs: c.warrantyRefs,
    openedBy: c.openedBy,
    currentStep: currentDiscipline(steps),
    steps: steps.map((s) => stepView(s, steps, now)),
    reviews,
    evidence,
    escalations,
    recovery: recovery && { ...recoveryView(recovery)!, lines: recovery.lines },
  }
}

/** A row of a list, for HQ or a supplier (no HQ-only fields in it). */
export const listItemView = (
  c: EightdClaim & { supplierName: string; currentDiscipline: string | null },
  now: Date,
) => ({
  ...claimFields(c),
  supplierName: c.supplierName,
  currentStep: c.currentDiscipline,
  overdue: c.status === 'open' && c.nextDueAt !== null && c.nextDueAt.getTime() < now.getTime(),
})
