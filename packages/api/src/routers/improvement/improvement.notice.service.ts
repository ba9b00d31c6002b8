import type {
  CreateNoticeInput,
  NoticeFields,
  RecordResponsibilityInput,
  Repositories,
  RewardPenaltyNotice,
  StaffActor,
  StoredNotice,
} from '@asq/domain'
import { isSeriousCase, notFound, notSeriousCase, staleVersion, unitNotResponsible } from '@asq/domain'
import type { Context } from '../../context'
import { notifyOrg } from '../notification/notify'

type Ctx = Context & { actor: StaffActor }
type Tx = Parameters<Parameters<Ctx['transact']>[0]>[0]

/** The case a notice or responsibility refers to: a serious (major) case that is closed. */
async function seriousClosedCase(repos: Repositories, id: string) {
  const c = await repos.complaints.byId(id)
  if (!c) throw notFound('complaint')
  if (!isSeriousCase(c) || c.status !== 'closed') throw notSeriousCase()
  return c
}

/** The responsible unit: any organisation of the network (a station, HQ or a supplier). */
async function unitOf(repos: Repositories, id: string) {
  const org = await repos.organisations.byId(id)
  if (!org) throw unitNotResponsible()
  return org
}

const noticeAudit = (n: RewardPenaltyNotice) => ({
  complaintId: n.complaintId,
  kind: n.kind,
  amountFen: n.amountFen,
  reason: n.reason,
  unitOrgId: n.unitOrgId,
  personName: n.personName,
  state: n.state,
  rejectionReason: n.rejectionReason,
})

export function recordResponsibility(ctx: Ctx, input: RecordResponsibilityInput) {
  return ctx.transact(async (tx) => {
    await seriousClosedCase(tx.repos, input.complaintId)
    await unitOf(tx.repos, input.unitOrgId)
    const before = await tx.repos.improvement.notices.responsibilityOf(input.complaintId)
    const { baseVersion, ...fields } = input
    if ((before?.version ?? 0) !== baseVersion) throw staleVersion('responsibility')
    const saved = await tx.repos.improvement.notices.saveResponsibility(
      {
        ...fields,
        causeText: fields.causeText || null,
        recordedBy: ctx.actor.userId,
        recordedAt: ctx.clock(),
      },
      baseVersion,
    )
    if (!saved) throw staleVersion('responsibility')
    await tx.audit({
      action: 'improvement.responsibility.record',
      entityType: 'complaint',
      entityId: input.complaintId,
      before,
      after: saved,
    })
    return saved
  })
}

export function createNotice(ctx: Ctx, input: CreateNoticeInput, draft: RewardPenaltyNotice) {
  return ctx.transact(async (tx) => {
    await seriousClosedCase(tx.repos, input.complaintId)
    await unitOf(tx.repos, input.unitOrgId)
    const saved = await tx.repos.improvement.notices.insert(draft, ctx.clock())
    await tx.audit({
      action: 'improvement.notice.create',
      entityType: 'improvement_notice',
      entityId: saved.id,
      before: null,
      after: noticeAudit(saved),
    })
    return { id: saved.id, version: saved.version, state: saved.state }
  })
}

/** One change to a notice in one transaction: version check, the rule, the write, the audit event. */
export function changeNotice(
  ctx: Ctx,
  ref: { id: string; version: number },
  action: string,
  rule: (
    n: StoredNotice,
    at: Date,
    repos: Repositories,
  ) => RewardPenaltyNotice | Promise<RewardPenaltyNotice>,
  after?: (tx: Tx, n: StoredNotice) => Promise<unknown>,
) {
  const at = ctx.clock()
  return ctx.transact(async (tx) => {
    const n = await tx.repos.improvement.notices.byId(ref.id)
    if (!n) throw notFound('notice')
    if (n.version !== ref.version) throw staleVersion('notice')
    const next = await rule(n, at, tx.repos)
    const saved = await tx.repos.improvement.notices.update(next, ref.version, at)
    if (!saved) throw staleVersion('notice')
    await tx.audit({
      action,
      entityType: 'improvement_notice',
      entityId: n.id,
      before: noticeAudit(n),
      after: noticeAudit(saved),
    })
    if (after) await after(tx, saved)
    return { id: saved.id, version: saved.version, state: saved.state }
  })
}

/** A revision keeps the unit a real organisation. */
export const checkedFields = async (repos: Repositories, f: NoticeFields) => {
  await unitOf(repos, f.unitOrgId)
  return f
}

/** The station the notice concerns hears that it was approved (its manager; HQ or a supplier: nobody). */
export async function notifyApproved(tx: Tx, n: StoredNotice, at: Date) {
  const [org, c] = await Promise.all([
    tx.repos.organisations.byId(n.unitOrgId),
    tx.repos.complaints.byId(n.complaintId),
  ])
  if (org?.kind !== 'dealer') return
  await notifyOrg(tx, {
    event: 'notice_approved',
    orgId: org.id,
    key: n.id,
    link: `/notices/${n.id}`,
    payload: { ref: c?.number ?? '', kind: n.kind, amountFen: n.amountFen },
    at,
  })
}
