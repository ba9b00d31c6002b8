import { randomUUID } from 'node:crypto'
import { draftNotice, type NoticeState } from '@asq/domain'
import { complaintFixtures } from './complaint.fixtures'
import { type Fixture, MISSING_ID, type Principal, type Target } from './principals'

/**
 * Serious (major, closed) cases and reward/penalty notices placed relative to a principal: "own" and
 * "sameOrg" concern the dealer principal's station (北京朝阳 D-BJ01), "otherTenant" 上海浦东 (D-SH01).
 * Notices are issued by the HQ admin; approved ones were approved by the general manager.
 */
export function noticeFixtures(fx: Fixture) {
  const seriousCase = (p: Principal, t: Target) =>
    complaintFixtures(fx).complaint(p, t, { status: 'closed', severity: 'major', closedAt: fx.h.now() })

  async function notice(p: Principal, t: Target, state: NoticeState) {
    if (t === 'missing') return { id: MISSING_ID, version: 1 }
    const c = await seriousCase(p, t)
    const draft = draftNotice(
      {
        id: randomUUID(),
        complaintId: c.id,
        kind: 'penalty',
        amountFen: 10_000,
        reason: 'matrix',
        unitOrgId: await fx.orgId(t === 'otherTenant' ? 'D-SH01' : 'D-BJ01'),
        personName: null,
      },
      { userId: await fx.userId('admin'), roles: ['hq_admin'] },
    )
    const decided = state === 'approved' || state === 'rejected'
    const n = await fx.h.repos.improvement.notices.insert(
      {
        ...draft,
        state,
        submittedAt: state === 'draft' ? null : fx.h.now(),
        decidedBy: decided ? await fx.userId('gm') : null,
        decidedAt: decided ? fx.h.now() : null,
        rejectionReason: state === 'rejected' ? 'matrix' : null,
      },
      fx.h.now(),
    )
    return { id: n.id, version: n.version }
  }
  return { seriousCase, notice }
}
