import type { ReimbursementLineInput } from '@asq/domain'
import {
  assertDraft,
  assertPeriodOpen,
  IMPORT_BLOCKING_PROBLEMS,
  importRejected,
  notFound,
  parseClaimRows,
  problemsOnly,
  splitUnchangedLines,
  staleVersion,
  submitReimbursement,
  withdrawReimbursement,
} from '@asq/domain'
import type { Context } from '../../context'
import { readUpload } from '../../uploads/read-upload'
import {
  alreadyClaimedRace,
  assertVersion,
  claimAudit,
  claimView,
  deadlineDay,
  isUniqueViolation,
  judge,
  lineAudit,
  loadClaim,
  recordUsage,
  refreshLines,
  touchClaim,
} from './reimbursement.service'

type Ctx = Context & { dealerId: string }

/** The dealer's claim for a month, created on first use (one per dealer and month). */
export function openClaim(ctx: Ctx, period: string) {
  const now = ctx.clock()
  assertPeriodOpen(period, now)
  return ctx.transact(async (tx) => {
    const { claim, created } = await tx.repos.reimbursement.claims.getOrCreate(ctx.dealerId, period, now)
    if (created)
      await tx.audit({
        action: 'reimbursement.open',
        entityType: 'reimbursement_claim',
        entityId: claim.id,
        before: null,
        after: claimAudit(claim),
      })
    const { lines } = await refreshLines(tx.repos, claim, now)
    return claimView(tx.repos, claim, lines, 'dealer')
  })
}

export async function getClaim(ctx: Ctx, id: string) {
  const c = await loadClaim(ctx.repos, id, ctx.dealerId)
  return claimView(ctx.repos, c, await ctx.repos.reimbursement.lines.ofClaim(c.id), 'dealer')
}

type Ref = { claimId: string; version: number }

/** A change to a draft's lines: version-checked, audited, re-validated. */
function changeLines(
  ctx: Ctx,
  ref: Ref,
  action: string,
  work: (
    tx: Parameters<Parameters<Ctx['transact']>[0]>[0],
    claim: Awaited<ReturnType<typeof loadClaim>>,
    now: Date,
  ) => Promise<{ entityId: string; before: unknown; after: unknown }>,
) {
  const now = ctx.clock()
  return ctx.transact(async (tx) => {
    const c = await loadClaim(tx.repos, ref.claimId, ctx.dealerId)
    assertVersion(c, ref.version)
    assertDraft(c)
    const touched = await touchClaim(tx, c, now)
    const change = await work(tx, touched, now)
    await tx.audit({ action, entityType: 'reimbursement_line', ...change })
    const { lines } = await refreshLines(tx.repos, touched, now)
    return claimView(tx.repos, touched, lines, 'dealer')
  })
}

export const addLine = (ctx: Ctx, input: Ref & { line: ReimbursementLineInput }) =>
  changeLines(ctx, input, 'reimbursement.add_line', async (tx, c, now) => {
    const [l] = await tx.repos.reimbursement.lines.add(
      c,
      [{ ...input.line, claimedFen: 0, pricing: null, problems: [] }],
      now,
    )
    await recordUsage(tx.repos, [input.line])
    return { entityId: l!.id, before: null, after: lineAudit({ ...input.line, claimedFen: 0 }) }
  })

export const updateLine = (ctx: Ctx, input: Ref & { lineId: string; line: ReimbursementLineInput }) =>
  changeLines(ctx, input, 'reimbursement.update_line', async (tx, c, now) => {
    const before = await tx.repos.reimbursement.lines.byId(input.lineId)
    if (!before || before.claimId !== c.id) throw notFound('line')
    await tx.repos.reimbursement.lines.update(
      input.lineId,
      { ...input.line, claimedFen: before.claimedFen, pricing: before.pricing, problems: before.problems },
      now,
    )
    await recordUsage(tx.repos, [input.line])
    return {
      entityId: input.lineId,
      before: lineAudit(before),
      after: lineAudit({ ...before, ...input.line }),
    }
  })

export const removeLine = (ctx: Ctx, input: Ref & { lineId: string }) =>
  changeLines(ctx, input, 'reimbursement.remove_line', async (tx, c) => {
    const before = await tx.repos.reimbursement.lines.byId(input.lineId)
    if (!before || before.claimId !== c.id) throw notFound('line')
    await tx.repos.reimbursement.lines.remove(input.lineId)
    return { entityId: input.lineId, before: lineAudit(before), after: null }
  })

/**
 * Imports a CSV or XLSX of repair orders into a draft: every row is parsed and judged first; a file
 * with any wrong row (bad type, negative quantity, outside the month, unknown part or VIN, duplicate)
 * is refused whole, with the row and column of each problem. Nothing is half-imported. Rows the claim
 * already holds exactly (an exported claim imported again) are recognised and skipped; when nothing is
 * new, nothing is written, not even an audit event.
 */
export async function importLines(ctx: Ctx, input: Ref & { fileName: string; contentBase64: string }) {
  const { rows } = await readUpload(input.contentBase64)
  const parsed = parseClaimRows(rows)
  if (parsed.errors.length) throw importRejected(parsed.errors)
  if (parsed.lines.length === 0)
    throw importRejected([
      { row: 2, column: '', field: null, zh: '文件中没有数据行', message: 'the file has no rows' },
    ])
  const now = ctx.clock()
  return ctx.transact(async (tx) => {
    const c = await loadClaim(tx.repos, input.claimId, ctx.dealerId)
    assertVersion(c, input.version)
    assertDraft(c)
    const existing = await tx.repos.reimbursement.lines.ofClaim(c.id)
    const { unchanged, added: lines } = splitUnchangedLines(existing, parsed.lines)
    if (!lines.length)
      return {
        imported: 0,
        unchanged: unchanged.length,
        claim: await claimView(tx.repos, c, existing, 'dealer'),
      }
    const proposed = [
      ...existing.map((l) => ({ ...l, row: 0 })),
      ...lines.map((l, i) => ({ ...l.line, id: `new-${i}`, row: l.row })),
    ]
    const { results } = await judge(tx.repos, c, proposed, now)
    const blocking = results.flatMap((r, i) =>
      proposed[i]!.row === 0
        ? []
        : r.problems
            .filter((p) => (IMPORT_BLOCKING_PROBLEMS as readonly string[]).includes(p.code))
            .map((p) => ({ row: proposed[i]!.row, column: '', field: null, zh: p.zh, message: p.en })),
    )
    if (blocking.length) throw importRejected(blocking)
    const touched = await touchClaim(tx, c, now)
    const added = await tx.repos.reimbursement.lines.add(
      touched,
      lines.map((l) => ({ ...l.line, claimedFen: 0, pricing: null, problems: [] })),
      now,
    )
    await recordUsage(
      tx.repos,
      lines.map((l) => l.line),
    )
    await tx.audit({
      action: 'reimbursement.import',
      entityType: 'reimbursement_claim',
      entityId: c.id,
      before: { lines: existing.length },
      after: { lines: existing.length + added.length, unchanged: unchanged.length, fileName: input.fileName },
    })
    const refreshed = await refreshLines(tx.repos, touched, now)
    return {
      imported: added.length,
      unchanged: unchanged.length,
      claim: await claimView(tx.repos, touched, refreshed.lines, 'dealer'),
    }
  })
}

/** The problems the claim would be refused with, without changing anything. */
export async function previewValidation(ctx: Ctx, id: string) {
  const c = await loadClaim(ctx.repos, id, ctx.dealerId)
  const lines = await ctx.repos.reimbursement.lines.ofClaim(c.id)
  const { results } = await judge(ctx.repos, c, lines, ctx.clock())
  return {
    ok: problemsOnly(results).length === 0 && lines.length > 0,
    lines: results.map((r, i) => ({
      lineId: r.lineId,
      seq: lines[i]!.seq,
      repairOrderNo: lines[i]!.repairOrderNo,
      problems: r.problems,
    })),
  }
}

/**
 * Submits a draft. The idempotency key makes a doubled or retried request harmless: the first one
 * submits, any other with the same key gets the same claim back.
 */
export async function submitClaim(ctx: Ctx, input: Ref & { idempotencyKey: string }) {
  const now = ctx.clock()
  const replay = async () => {
    const done = await ctx.repos.reimbursement.claims.submissionByKey(ctx.dealerId, input.idempotencyKey)
    return done ? getClaim(ctx, done.claimId) : null
  }
  const earlier = await replay()
  if (earlier) return earlier
  try {
    return await ctx.transact(async (tx) => {
      const c = await loadClaim(tx.repos, input.claimId, ctx.dealerId)
      assertVersion(c, input.version)
      const { validation } = await refreshLines(tx.repos, c, now)
      const status = submitReimbursement(c, validation, await deadlineDay(tx.repos), now)
      const next = await tx.repos.reimbursement.claims.transition(
        c.id,
        c.version,
        { status, submittedAt: now },
        now,
      )
      if (!next) throw new StaleSubmit()
      if (
        !(await tx.repos.reimbursement.claims.recordSubmission(ctx.dealerId, input.idempotencyKey, c.id, now))
      )
        throw new StaleSubmit()
      try {
        await tx.repos.reimbursement.lines.setLocked(c.id, true)
      } catch (e) {
        if (isUniqueViolation(e)) throw alreadyClaimedRace()
        throw e
      }
      await tx.audit({
        action: 'reimbursement.submit',
        entityType: 'reimbursement_claim',
        entityId: c.id,
        before: claimAudit(c),
        after: { ...claimAudit(next), idempotencyKey: input.idempotencyKey },
      })
      return claimView(tx.repos, next, await tx.repos.reimbursement.lines.ofClaim(c.id), 'dealer')
    })
  } catch (e) {
    // Two clicks at once: the other request submitted first (we then saw a stale version or lost the
    // race on the key); answer as it did.
    const again = await replay()
    if (again) return again
    if (e instanceof StaleSubmit) throw staleVersion('claim')
    if (isUniqueViolation(e)) throw alreadyClaimedRace()
    throw e
  }
}
class StaleSubmit extends Error {}

export function withdrawClaim(ctx: Ctx, input: Ref) {
  const now = ctx.clock()
  return ctx.transact(async (tx) => {
    const c = await loadClaim(tx.repos, input.claimId, ctx.dealerId)
    assertVersion(c, input.version)
    const status = withdrawReimbursement(c)
    const next = await tx.repos.reimbursement.claims.transition(
      c.id,
      c.version,
      { status, submittedAt: null },
      now,
    )
    if (!next) throw staleVersion('claim')
    await tx.repos.reimbursement.lines.setLocked(c.id, false)
    await tx.audit({
      action: 'reimbursement.withdraw',
      entityType: 'reimbursement_claim',
      entityId: c.id,
      before: claimAudit(c),
      after: claimAudit(next),
    })
    return claimView(tx.repos, next, await tx.repos.reimbursement.lines.ofClaim(c.id), 'dealer')
  })
}
