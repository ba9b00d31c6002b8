import type { TeachingCaseStatus } from '@asq/domain'
import { complaintFixtures } from './complaint.fixtures'
import { type Fixture, MISSING_ID, type Principal, type Target } from './principals'

/**
 * Teaching cases for the matrix (issue 18): each made from its own closed complaint placed like the
 * complaint fixtures ("own" at the dealer principal's station, "otherTenant" at another). Teaching cases
 * belong to no tenant once published, so only "missing" differs for the library.
 */
export function learningFixtures(fx: Fixture) {
  const { h } = fx
  const closed = (p: Principal, t: Target) =>
    complaintFixtures(fx).complaint(p, t, { status: 'closed', result: '已解决 solved' })

  async function teachingCase(
    p: Principal,
    t: Target,
    status: TeachingCaseStatus,
  ): Promise<{ id: string; version: number }> {
    if (t === 'missing') return { id: MISSING_ID, version: 1 }
    const c = await closed(p, t)
    const now = h.now()
    const repo = h.repos.improvement.teachingCases
    const draft = (await repo.create({
      complaintId: c.id,
      status: 'draft',
      title: `示教案例 ${fx.seq()}`,
      cause: 'waiting_time',
      partCode: null,
      customerType: 'private',
      communicationStyle: 'driver',
      mindsets: ['respect'],
      story: '客户等待两小时仍未开工。',
      actions: '道歉，减免部分工时费，立即安排高级技师。',
      lessons: '承诺的时间要守住，超时前主动告知。',
      createdBy: 'matrix',
      createdAt: now,
      updatedAt: now,
    }))!
    if (status === 'draft') return draft
    const published = (await repo.update(draft.id, draft.version, { status: 'published', publishedAt: now }))!
    if (status === 'published') return published
    return (await repo.update(published.id, published.version, { status: 'withdrawn', withdrawnAt: now }))!
  }

  return { closed, teachingCase }
}
