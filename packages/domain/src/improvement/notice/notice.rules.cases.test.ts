import { describe, expect, it } from 'vitest'
import { refusal } from '../cases.test-fixtures'
import {
  approveNotice,
  draftNotice,
  GENERAL_MANAGER,
  NOTICE_ISSUERS,
  type NoticeActor,
  rejectNotice,
  reviseNotice,
  submitNotice,
} from './notice.rules'

const T1 = new Date('2026-12-03T02:00:00Z')
const T2 = new Date('2026-12-04T02:00:00Z')
const T3 = new Date('2026-12-05T02:00:00Z')
const issuer: NoticeActor = { userId: 'u-quality', roles: ['hq_quality'] }
const gm: NoticeActor = { userId: 'u-gm', roles: ['hq_general_manager'] }
const fields = {
  kind: 'penalty',
  amountFen: 50_000,
  reason: '未主动回电',
  unitOrgId: 'o-bj',
  personName: null,
} as const
const draft = draftNotice({ id: 'n1', complaintId: 'c1', ...fields }, issuer)

describe('the notice life cycle, every field at every step', () => {
  it('who issues and who decides', () => {
    expect(GENERAL_MANAGER).toBe('hq_general_manager')
    expect(NOTICE_ISSUERS).toEqual(['hq_admin', 'hq_quality', 'hq_service'])
  })
  it('a draft: issued by its author, nothing submitted or decided', () => {
    expect(draft).toEqual({
      id: 'n1',
      complaintId: 'c1',
      ...fields,
      state: 'draft',
      issuedBy: 'u-quality',
      decidedBy: null,
      decidedAt: null,
      rejectionReason: null,
      submittedAt: null,
    })
  })
  it('revised: the new fields, nothing else changes', () => {
    const revised = reviseNotice(draft, { ...fields, kind: 'reward', amountFen: 1, personName: '张三' })
    expect(revised).toEqual({ ...draft, kind: 'reward', amountFen: 1, personName: '张三' })
  })
  it('submitted, rejected, resubmitted and approved', () => {
    const submitted = submitNotice(draft, T1)
    expect(submitted).toEqual({ ...draft, state: 'submitted', submittedAt: T1 })
    const rejected = rejectNotice(submitted, gm, '金额过高', T2)
    expect(rejected).toEqual({
      ...submitted,
      state: 'rejected',
      decidedBy: 'u-gm',
      decidedAt: T2,
      rejectionReason: '金额过高',
    })
    const again = submitNotice(reviseNotice(rejected, { ...fields, amountFen: 20_000 }), T3)
    expect(again).toEqual({
      ...draft,
      amountFen: 20_000,
      state: 'submitted',
      submittedAt: T3,
      decidedBy: null,
      decidedAt: null,
      rejectionReason: null,
    })
    expect(approveNotice(again, gm, T3)).toEqual({
      ...again,
      state: 'approved',
      decidedBy: 'u-gm',
      decidedAt: T3,
    })
  })
  it.each([
    ['submitted', 'PRECONDITION IMPROVEMENT.NOTICE_NOT_EDITABLE state'],
    ['approved', 'PRECONDITION IMPROVEMENT.NOTICE_NOT_EDITABLE state'],
    ['draft', 'no error'],
    ['rejected', 'no error'],
  ] as const)('a %s notice is revised or submitted: %s', (state, want) => {
    expect(refusal(() => reviseNotice({ ...draft, state }, fields))).toBe(want)
    expect(refusal(() => submitNotice({ ...draft, state }, T1))).toBe(want)
  })
})
