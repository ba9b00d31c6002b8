import type {
  Actor,
  answerLiaisonInput,
  closeLiaisonInput,
  LiaisonLetter,
  LiaisonPatch,
  linkLiaisonInput,
  openLiaisonEightdInput,
  SubmitLiaisonInput,
} from '@asq/domain'
import {
  actorLabel,
  checkLiaisonReport,
  closeLiaison,
  DomainError,
  liaisonErrors,
  liaisonNumber,
  liaisonYear,
  nextLiaisonState,
  staleVersion,
} from '@asq/domain'
import type { z } from 'zod'
import type { Context } from '../../../context'
import { attachUpload } from '../../../uploads/attach-upload'
import { openClaimIn } from '../../eightd/eightd.open'
import type { Tx } from '../../eightd/eightd.service'
import { notifyOrg } from '../../notification/notify'
import { loadLetter } from './liaison.views'

type Ctx = Context & { actor: Actor }
const HQ = { kind: 'hq' } as const

/** What the audit trail keeps of a letter. */
const letterAudit = (l: LiaisonLetter) => ({
  number: l.number,
  stationId: l.stationId,
  partCode: l.partCode,
  state: l.state,
  eightdClaimId: l.eightdClaimId,
  version: l.version,
})

/** The letter as HQ last saw it, or CONFLICT when someone changed it meanwhile. */
async function current(tx: Tx, letterId: string, version: number) {
  const l = await loadLetter(tx.repos, letterId, HQ)
  if (l.version !== version) throw staleVersion('liaison')
  return l
}

async function save(tx: Tx, l: LiaisonLetter, patch: LiaisonPatch, at: Date, action: string) {
  const after = await tx.repos.improvement.liaison.update(l.id, l.version, patch, at)
  if (!after) throw staleVersion('liaison')
  await tx.audit({
    action,
    entityType: 'liaison_letter',
    entityId: l.id,
    before: letterAudit(l),
    after: { ...letterAudit(after), ...(patch.answer ? { answer: patch.answer } : {}) },
  })
  return after
}

/**
 * A station sends a letter: the part must be in the catalogue, the report must hold together, the
 * photos are the caller's uploads. A retry with the same form id answers the letter it sent then.
 */
export function submitLetter(ctx: Ctx & { dealerId: string }, input: SubmitLiaisonInput) {
  return ctx.transact(async (tx) => {
    const repo = tx.repos.improvement.liaison
    const again = await repo.byClientRequest(ctx.dealerId, input.clientRequestId)
    if (again) return { id: again.id, number: again.number, created: false }
    const [part] = await tx.repos.fee.catalogue.parts([input.partCode])
    if (!part?.active) throw liaisonErrors.unknownPart()
    const now = ctx.clock()
    checkLiaisonReport(input, now)
    const year = liaisonYear(now)
    const letter = await repo.create({
      number: liaisonNumber(year, await repo.nextSequence(year)),
      stationId: ctx.dealerId,
      partCode: part.code,
      partName: part.nameZh,
      vins: input.vins,
      symptoms: input.symptoms,
      vehiclesAffected: input.vehiclesAffected,
      firstSeenOn: input.firstSeenOn,
      submittedBy: actorLabel(ctx.actor),
      submittedAt: now,
      clientRequestId: input.clientRequestId,
    })
    if (!letter)
      throw new DomainError('CONFLICT', 'LIAISON.DUPLICATE', 'This letter was sent already; reload')
    await tx.audit({
      action: 'liaison.submit',
      entityType: 'liaison_letter',
      entityId: letter.id,
      before: null,
      after: { ...letterAudit(letter), vins: letter.vins, vehiclesAffected: letter.vehiclesAffected },
    })
    for (const [i, uploadId] of [...new Set(input.photoUploadIds)].entries()) {
      await attachUpload(tx, ctx, uploadId, {
        previous: async () => null,
        audit: { action: 'liaison.photo.add', entityType: 'liaison_photo', target: { letterId: letter.id } },
        attach: (file) =>
          repo.addPhoto({
            letterId: letter.id,
            filename: file.filename,
            mime: file.mime,
            size: file.size,
            sha256: file.sha256,
            uploadedBy: file.uploadedBy,
            createdAt: file.at,
          }),
      }).catch((e: unknown) => {
        // The error names the photo that was refused, not the whole list.
        if (e instanceof DomainError && e.field === 'uploadId')
          throw new DomainError(e.kind, e.code, e.message, { field: `photoUploadIds.${i}` })
        throw e
      })
    }
    return { id: letter.id, number: letter.number, created: true }
  })
}

/** HQ quality answers (or revises its answer); the station is told. */
export function answerLetter(ctx: Ctx, input: z.infer<typeof answerLiaisonInput>) {
  return ctx.transact(async (tx) => {
    const l = await current(tx, input.letterId, input.version)
    const now = ctx.clock()
    const after = await save(
      tx,
      l,
      {
        state: nextLiaisonState(l.state, 'answer'),
        answer: input.answer,
        answeredBy: actorLabel(ctx.actor),
        answeredAt: now,
      },
      now,
      'liaison.answer',
    )
    await notifyOrg(tx, {
      event: 'liaison_answered',
      orgId: l.stationId,
      key: `${l.id}:${after.version}`,
      link: `/liaison/${l.id}`,
      payload: { ref: l.number },
      at: now,
    })
    return { version: after.version, state: after.state }
  })
}

/** HQ quality closes an answered letter. */
export function closeLetter(ctx: Ctx, input: z.infer<typeof closeLiaisonInput>) {
  return ctx.transact(async (tx) => {
    const l = await current(tx, input.letterId, input.version)
    const now = ctx.clock()
    const after = await save(tx, l, { state: closeLiaison(l), closedAt: now }, now, 'liaison.close')
    return { version: after.version, state: after.state }
  })
}

/** Links a complaint or a claim line of the letter's part (linking twice is harmless). */
export function linkTarget(ctx: Ctx, input: z.infer<typeof linkLiaisonInput>, link: boolean) {
  return ctx.transact(async (tx) => {
    const l = await current(tx, input.letterId, input.version)
    const state = nextLiaisonState(l.state, 'link')
    const repo = tx.repos.improvement.liaison
    if (link) {
      if (input.kind === 'complaint') {
        if (!(await tx.repos.complaints.byId(input.targetId))) throw targetMissing()
      } else {
        const part = await repo.claimLinePart(input.targetId)
        if (part === null) throw targetMissing()
        if (part !== l.partCode) throw liaisonErrors.partMismatch()
      }
    }
    const now = ctx.clock()
    const changed = link
      ? await repo.link(l.id, input.kind, input.targetId, actorLabel(ctx.actor), now)
      : await repo.unlink(l.id, input.kind, input.targetId)
    if (!changed) return { version: l.version, changed }
    // The version moves with the links, so two people editing one letter see each other's change.
    const after = await repo.update(l.id, l.version, { state }, now)
    if (!after) throw staleVersion('liaison')
    await tx.audit({
      action: link ? 'liaison.link' : 'liaison.unlink',
      entityType: 'liaison_letter',
      entityId: l.id,
      before: null,
      after: { kind: input.kind, targetId: input.targetId, version: after.version },
    })
    return { version: after.version, changed }
  })
}

const targetMissing = () =>
  new DomainError('BAD_INPUT', 'LIAISON.TARGET_MISSING', 'There is no such complaint or claim line', {
    field: 'targetId',
  })

/**
 * HQ quality opens an 8D for the part's supplier from the letter, in one transaction with the letter's
 * change: the symptoms are the problem, the letter's linked complaints and claim lines come along.
 * Idempotent: a letter that has its 8D answers that one, whatever form id is sent.
 */
export function openEightdFromLetter(ctx: Ctx, input: z.infer<typeof openLiaisonEightdInput>) {
  return ctx.transact(async (tx) => {
    const first = await loadLetter(tx.repos, input.letterId, HQ)
    if (first.eightdClaimId) {
      const c = await tx.repos.eightd.claims.byId(first.eightdClaimId)
      return { id: first.eightdClaimId, number: c?.number ?? '', created: false }
    }
    const l = await current(tx, input.letterId, input.version)
    const state = nextLiaisonState(l.state, 'escalate')
    const links = await tx.repos.improvement.liaison.links(l.id)
    const description = `${l.symptoms}\n\n品质联络书 Liaison letter ${l.number} · VIN: ${l.vins.join(', ')}`
    const opened = await openClaimIn(tx, ctx, {
      supplierId: input.supplierId,
      title: `品质联络书 ${l.number} · ${l.partName}`.slice(0, 200),
      partCode: l.partCode,
      partName: l.partName,
      lot: '—',
      quantityAffected: l.vehiclesAffected,
      foundAt: 'station_report',
      severity: input.severity,
      description: description.slice(0, 4000),
      complaintIds: links
        .filter((k) => k.kind === 'complaint')
        .map((k) => k.targetId)
        .slice(0, 20),
      warrantyRefs: links
        .filter((k) => k.kind === 'claim_line' && k.ref)
        .map((k) => k.ref)
        .slice(0, 50),
      clientRequestId: input.clientRequestId,
    })
    await save(tx, l, { state, eightdClaimId: opened.id }, ctx.clock(), 'liaison.open_8d')
    return opened
  })
}
