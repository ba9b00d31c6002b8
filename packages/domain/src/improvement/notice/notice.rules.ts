import type { Role } from '../../identity'
import {
  approverIsIssuer,
  approverNotGeneralManager,
  noticeNotEditable,
  noticeNotSubmitted,
} from './notice.errors'
import type { NoticeFields, NoticeState } from './notice.schema'

/** A reward/penalty notice as the rules see it. */
export type RewardPenaltyNotice = NoticeFields & {
  id: string
  complaintId: string
  state: NoticeState
  issuedBy: string
  decidedBy: string | null
  decidedAt: Date | null
  rejectionReason: string | null
  submittedAt: Date | null
}

/** Who acts on a notice: their user id and roles. */
export type NoticeActor = { userId: string; roles: readonly Role[] }

export const GENERAL_MANAGER: Role = 'hq_general_manager'
/** HQ roles that record responsibility and issue notices. */
export const NOTICE_ISSUERS = ['hq_admin', 'hq_quality', 'hq_service'] as const satisfies readonly Role[]

/** A new draft, issued by `by`. */
export const draftNotice = (
  base: NoticeFields & { id: string; complaintId: string },
  by: NoticeActor,
): RewardPenaltyNotice => ({
  ...base,
  state: 'draft',
  issuedBy: by.userId,
  decidedBy: null,
  decidedAt: null,
  rejectionReason: null,
  submittedAt: null,
})

const editable = (n: RewardPenaltyNotice) => n.state === 'draft' || n.state === 'rejected'

/** A draft (or a rejected notice being revised) takes new fields; it stays as it was otherwise. */
export function reviseNotice(n: RewardPenaltyNotice, fields: NoticeFields): RewardPenaltyNotice {
  if (!editable(n)) throw noticeNotEditable()
  return { ...n, ...fields }
}

/** Sent for approval; a rejected notice goes again, its previous rejection cleared. */
export function submitNotice(n: RewardPenaltyNotice, at: Date): RewardPenaltyNotice {
  if (!editable(n)) throw noticeNotEditable()
  return {
    ...n,
    state: 'submitted',
    submittedAt: at,
    rejectionReason: null,
    decidedBy: null,
    decidedAt: null,
  }
}

/** Only the general manager decides, and never on a notice they issued themself. */
function assertDecider(n: RewardPenaltyNotice, by: NoticeActor) {
  if (!by.roles.includes(GENERAL_MANAGER)) throw approverNotGeneralManager()
  if (by.userId === n.issuedBy) throw approverIsIssuer()
  if (n.state !== 'submitted') throw noticeNotSubmitted()
}

export function approveNotice(n: RewardPenaltyNotice, by: NoticeActor, at: Date): RewardPenaltyNotice {
  assertDecider(n, by)
  return { ...n, state: 'approved', decidedBy: by.userId, decidedAt: at }
}

/** Rejected with a reason (the schema requires it); the issuer may revise and submit again. */
export function rejectNotice(
  n: RewardPenaltyNotice,
  by: NoticeActor,
  reason: string,
  at: Date,
): RewardPenaltyNotice {
  assertDecider(n, by)
  return { ...n, state: 'rejected', decidedBy: by.userId, decidedAt: at, rejectionReason: reason }
}

/** Who sees a notice: HQ any; the concerned station only once approved; anyone else nothing. */
export function noticeVisibleTo(
  n: Pick<RewardPenaltyNotice, 'state' | 'unitOrgId'>,
  viewer: { orgKind: 'hq' | 'dealer' | 'supplier'; orgId: string },
): boolean {
  if (viewer.orgKind === 'hq') return true
  return n.state === 'approved' && n.unitOrgId === viewer.orgId
}

/** A station's approved notices over a period: how many, and rewards less penalties in fen. */
export function noticeTally(notices: readonly Pick<RewardPenaltyNotice, 'kind' | 'amountFen'>[]) {
  return {
    count: notices.length,
    netFen: notices.reduce((s, n) => s + (n.kind === 'reward' ? n.amountFen : -n.amountFen), 0),
  }
}
