import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DomainError } from '../../shared/errors'
import {
  approveNotice,
  draftNotice,
  type NoticeActor,
  noticeTally,
  noticeVisibleTo,
  type RewardPenaltyNotice,
  rejectNotice,
  reviseNotice,
  submitNotice,
} from './notice.rules'
import { createNoticeInput, recordResponsibilityInput, rejectNoticeInput } from './notice.schema'

const AT = new Date('2026-12-03T02:00:00Z')
const issuer: NoticeActor = { userId: 'u-quality', roles: ['hq_quality'] }
const gm: NoticeActor = { userId: 'u-gm', roles: ['hq_general_manager'] }
const gmIssuer: NoticeActor = { userId: 'u-boss', roles: ['hq_admin', 'hq_general_manager'] }
const admin: NoticeActor = { userId: 'u-admin', roles: ['hq_admin'] }
const FIELDS = {
  kind: 'penalty',
  amountFen: 50_000,
  reason: '未主动回电',
  unitOrgId: 'o-bj',
  personName: null,
} as const

const draft = (by: NoticeActor = issuer) => draftNotice({ id: 'n1', complaintId: 'c1', ...FIELDS }, by)
const inState = (state: RewardPenaltyNotice['state'], by: NoticeActor = issuer) => ({ ...draft(by), state })

const refusal = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    const d = e as DomainError
    return [d.kind, d.code, d.field]
  }
  return null
}

describe('notice approval', () => {
  it('a draft is issued by its author, with nothing decided', () => {
    expect(draft()).toMatchObject({
      state: 'draft',
      issuedBy: 'u-quality',
      decidedBy: null,
      submittedAt: null,
    })
  })

  it.each([
    ['draft', 'submitted'],
    ['rejected', 'submitted'],
  ] as const)('submit: %s → %s, the earlier rejection cleared', (from, to) => {
    const n = submitNotice({ ...inState(from), rejectionReason: 'x', decidedBy: 'u-gm', decidedAt: AT }, AT)
    expect(n).toMatchObject({
      state: to,
      submittedAt: AT,
      rejectionReason: null,
      decidedBy: null,
      decidedAt: null,
    })
  })

  it.each(['submitted', 'approved'] as const)('submit or revise a %s notice is refused', (state) => {
    const want = ['PRECONDITION', 'IMPROVEMENT.NOTICE_NOT_EDITABLE', 'state']
    expect(refusal(() => submitNotice(inState(state), AT))).toEqual(want)
    expect(refusal(() => reviseNotice(inState(state), { ...FIELDS, amountFen: 1 }))).toEqual(want)
  })

  it.each(['draft', 'rejected'] as const)('a %s notice takes new fields and keeps its state', (state) => {
    expect(reviseNotice(inState(state), { ...FIELDS, kind: 'reward', amountFen: 9 })).toMatchObject({
      state,
      kind: 'reward',
      amountFen: 9,
    })
  })

  it.each([
    ['the general manager approves a submitted notice', 'submitted', issuer, gm, null],
    [
      'a GM who also issued it',
      'submitted',
      gmIssuer,
      gmIssuer,
      ['FORBIDDEN', 'IMPROVEMENT.NOTICE_OWN_APPROVAL', 'approver'],
    ],
    [
      'an admin',
      'submitted',
      issuer,
      admin,
      ['FORBIDDEN', 'IMPROVEMENT.NOTICE_NEEDS_GENERAL_MANAGER', 'approver'],
    ],
    [
      'the issuer without the GM role',
      'submitted',
      issuer,
      issuer,
      ['FORBIDDEN', 'IMPROVEMENT.NOTICE_NEEDS_GENERAL_MANAGER', 'approver'],
    ],
    ['a draft', 'draft', issuer, gm, ['PRECONDITION', 'IMPROVEMENT.NOTICE_NOT_SUBMITTED', 'state']],
    [
      'an approved notice again',
      'approved',
      issuer,
      gm,
      ['PRECONDITION', 'IMPROVEMENT.NOTICE_NOT_SUBMITTED', 'state'],
    ],
    [
      'a rejected notice',
      'rejected',
      issuer,
      gm,
      ['PRECONDITION', 'IMPROVEMENT.NOTICE_NOT_SUBMITTED', 'state'],
    ],
  ] as const)('approve: %s', (_, state, by, decider, want) => {
    expect(refusal(() => approveNotice(inState(state, by), decider, AT))).toEqual(want)
    expect(refusal(() => rejectNotice(inState(state, by), decider, 'no', AT))).toEqual(want)
  })

  it('approval and rejection record who decided and when; a rejection its reason', () => {
    expect(approveNotice(inState('submitted'), gm, AT)).toMatchObject({
      state: 'approved',
      decidedBy: 'u-gm',
      decidedAt: AT,
    })
    expect(rejectNotice(inState('submitted'), gm, '金额过高', AT)).toMatchObject({
      state: 'rejected',
      decidedBy: 'u-gm',
      rejectionReason: '金额过高',
    })
  })

  it('a rejected notice can be revised, resubmitted and then approved', () => {
    const rejected = rejectNotice(submitNotice(draft(), AT), gm, '金额过高', AT)
    const again = submitNotice(reviseNotice(rejected, { ...FIELDS, amountFen: 20_000 }), AT)
    expect(approveNotice(again, gm, AT)).toMatchObject({ state: 'approved', amountFen: 20_000 })
  })
})

describe('who sees a notice', () => {
  it.each([
    ['HQ, a draft', 'draft', { orgKind: 'hq', orgId: 'hq' }, true],
    ['the station, approved', 'approved', { orgKind: 'dealer', orgId: 'o-bj' }, true],
    ['the station, submitted', 'submitted', { orgKind: 'dealer', orgId: 'o-bj' }, false],
    ['the station, rejected', 'rejected', { orgKind: 'dealer', orgId: 'o-bj' }, false],
    ['another station, approved', 'approved', { orgKind: 'dealer', orgId: 'o-sh' }, false],
    ['a supplier, approved', 'approved', { orgKind: 'supplier', orgId: 's-1' }, false],
  ] as const)('%s → %s', (_, state, viewer, want) => {
    expect(noticeVisibleTo({ state, unitOrgId: 'o-bj' }, viewer)).toBe(want)
  })
})

describe('noticeTally', () => {
  it.each([
    [[], 0, 0],
    [[{ kind: 'penalty', amountFen: 50_000 }], 1, -50_000],
    [
      [
        { kind: 'reward', amountFen: 30_000 },
        { kind: 'penalty', amountFen: 50_000 },
      ],
      2,
      -20_000,
    ],
  ] as const)('%j → count %i, net %i fen', (notices, count, netFen) => {
    expect(noticeTally(notices)).toEqual({ count, netFen })
  })
})

describe('notice inputs', () => {
  const base = {
    clientRequestId: crypto.randomUUID(),
    complaintId: crypto.randomUUID(),
    ...FIELDS,
    unitOrgId: crypto.randomUUID(),
  }
  const firstPath = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
    r.success ? null : r.error!.issues[0]!.path.join('.')
  it.each([
    ['a valid notice', {}, null],
    ['amount 0', { amountFen: 0 }, 'amountFen'],
    ['amount in yuan with decimals', { amountFen: 10.5 }, 'amountFen'],
    ['amount above the bound', { amountFen: 100_000_001 }, 'amountFen'],
    ['an empty reason', { reason: '   ' }, 'reason'],
    ['a reason over 500', { reason: '罚'.repeat(501) }, 'reason'],
    ['another kind', { kind: 'bonus' }, 'kind'],
  ])('%s', (_, patch, path) => {
    expect(firstPath(createNoticeInput.safeParse({ ...base, ...patch }))).toBe(path)
  })
  it('a rejection needs a reason', () => {
    expect(firstPath(rejectNoticeInput.safeParse({ id: base.complaintId, version: 1, reason: ' ' }))).toBe(
      'reason',
    )
  })
  it.each([
    ['a listed cause', { causeCode: 'broken_promise' }, null],
    ['free text', { causeText: '备件缺货' }, null],
    ['neither', {}, 'causeCode'],
    ['no impact', { causeCode: 'fees', impact: '' }, 'impact'],
  ])('responsibility with %s', (_, patch, path) => {
    const r = {
      complaintId: base.complaintId,
      unitOrgId: base.unitOrgId,
      impact: '客户投诉升级',
      baseVersion: 0,
      ...patch,
    }
    expect(firstPath(recordResponsibilityInput.safeParse(r))).toBe(path)
  })
})

type Command = { kind: 'revise' } | { kind: 'submit' } | { kind: 'approve' | 'reject'; by: NoticeActor }
const actors = fc.constantFrom<NoticeActor>(issuer, gm, gmIssuer, admin, {
  userId: 'u-gm2',
  roles: ['hq_general_manager', 'hq_service'],
})
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.constant({ kind: 'revise' } as const),
  fc.constant({ kind: 'submit' } as const),
  fc.record({ kind: fc.constantFrom('approve', 'reject'), by: actors }) as fc.Arbitrary<Command>,
)

describe('property: no sequence of commands approves a notice without a GM, or by its issuer', () => {
  it('holds for every issuer and every sequence', () => {
    fc.assert(
      fc.property(actors, fc.array(command, { maxLength: 12 }), (author, commands) => {
        let n = draft(author)
        for (const c of commands) {
          try {
            if (c.kind === 'revise') n = reviseNotice(n, FIELDS)
            else if (c.kind === 'submit') n = submitNotice(n, AT)
            else if (c.kind === 'approve') n = approveNotice(n, c.by, AT)
            else n = rejectNotice(n, c.by, 'no', AT)
          } catch {
            // a refused command leaves the notice as it was
          }
          if (n.state === 'approved') {
            const decider = [
              issuer,
              gm,
              gmIssuer,
              admin,
              { userId: 'u-gm2', roles: ['hq_general_manager'] },
            ].find((a) => a.userId === n.decidedBy)
            expect(n.decidedBy).not.toBe(n.issuedBy)
            expect(decider?.roles).toContain('hq_general_manager')
          }
        }
      }),
    )
  })
})
