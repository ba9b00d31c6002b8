import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DomainError } from '../shared/errors'
import {
  assignOwner,
  coversForColleagues,
  eligibleOwners,
  HAND_OVER_REASON_MAX,
  handOver,
  handOverReason,
  mayDirect,
  mayOwn,
  myCasesOwnerIds,
  type OwnerCandidate,
  ownerAfterOrgChange,
  ownerIsFree,
  owningOrg,
  takeCase,
} from './assignment'
import { assignOwnerInput, handOverInput, setAwayInput, takeCaseInput } from './assignment.schema'
import { customerTimeline } from './complaint.customer-view'
import type { Complaint } from './complaint.entity'
import { listComplaintsInput } from './complaint.schema'
import { at } from './complaint.test-fixtures'

const person = (id: string, over: Partial<OwnerCandidate> = {}): OwnerCandidate => ({
  id,
  displayName: id,
  orgId: 'st',
  orgKind: 'dealer',
  roles: ['dealer_staff'],
  active: true,
  away: false,
  ...over,
})
const advisor = person('advisor')
const advisor2 = person('advisor2', { displayName: '阿' })
const manager = person('manager', { roles: ['dealer_manager'] })
const otherStation = person('other', { orgId: 'st2' })
const hqService = person('svc', { orgId: 'hq', orgKind: 'hq', roles: ['hq_service'] })
const hqAdmin = person('adm', { orgId: 'hq', orgKind: 'hq', roles: ['hq_admin'] })
const hqQuality = person('qa', { orgId: 'hq', orgKind: 'hq', roles: ['hq_quality'] })
const actor = (p: OwnerCandidate) => ({
  userId: p.id,
  orgId: p.orgId,
  orgKind: p.orgKind,
  roles: [...p.roles],
})

const open = at('in_progress')
const escalated = at('in_progress', { escalationLevel: 2 })

const failsWith = (f: () => unknown, code: string, field?: string) => {
  try {
    f()
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError)
    expect((e as DomainError).code).toBe(code)
    expect((e as DomainError).field).toBe(field)
    return
  }
  throw new Error(`expected ${code}`)
}

describe('owning organisation', () => {
  it.each([
    [
      'a station case at level 0',
      { stationId: 'st', escalationLevel: 0 },
      { kind: 'station', stationId: 'st' },
    ],
    [
      'at the region (level 1)',
      { stationId: 'st', escalationLevel: 1 },
      { kind: 'station', stationId: 'st' },
    ],
    ['at HQ service (level 2)', { stationId: 'st', escalationLevel: 2 }, { kind: 'hq' }],
    ['at HQ management (level 3)', { stationId: 'st', escalationLevel: 3 }, { kind: 'hq' }],
    ['without a station', { stationId: null, escalationLevel: 0 }, { kind: 'hq' }],
  ] as const)('%s', (_n, c, want) => {
    expect(owningOrg(c)).toEqual(want)
  })
})

describe('who may own', () => {
  it.each([
    ['an advisor of the station', open, advisor, true],
    ['the station manager', open, manager, true],
    ['a deactivated advisor', open, person('x', { active: false }), false],
    ['an advisor of another station', open, otherStation, false],
    ['a dealer person without a station role', open, person('x', { roles: [] }), false],
    ['HQ service on a station case', open, hqService, false],
    ['HQ service on an escalated case', escalated, hqService, true],
    ['an HQ admin on an escalated case', escalated, hqAdmin, true],
    ['HQ quality on an escalated case', escalated, hqQuality, false],
    ['a station advisor on an escalated case', escalated, advisor, false],
    ['a supplier in an org with the station id', open, person('s', { orgKind: 'supplier' }), false],
    [
      'a dealer role at HQ kind',
      escalated,
      person('x', { orgKind: 'dealer', orgId: 'hq', roles: ['hq_service'] }),
      false,
    ],
  ] as const)('%s → %s', (_n, c, p, want) => {
    expect(mayOwn(c, p)).toBe(want)
  })

  it('offers the eligible people by name', () => {
    expect(
      eligibleOwners(open, [advisor, otherStation, manager, advisor2, hqService]).map((p) => p.id),
    ).toEqual(['advisor2', 'advisor', 'manager'])
  })
})

describe('who directs', () => {
  it.each([
    ['the station manager, own station', open, manager, true],
    ['an advisor', open, advisor, false],
    ['another station manager', open, person('m2', { orgId: 'st2', roles: ['dealer_manager'] }), false],
    ['the station manager once HQ owns it', escalated, manager, false],
    ['HQ service, any case', open, hqService, true],
    ['HQ admin, any case', escalated, hqAdmin, true],
    ['HQ quality', open, hqQuality, false],
  ] as const)('%s → %s', (_n, c, p, want) => {
    expect(mayDirect(c, actor(p))).toBe(want)
  })
})

describe('assign', () => {
  it('sets the owner and logs an internal event with who and to whom', () => {
    const d = assignOwner(open, actor(manager), null, advisor)
    expect(d.patch).toEqual({ ownerId: 'advisor' })
    expect(d.events).toEqual([
      {
        type: 'owner_changed',
        visibility: 'internal',
        data: {
          how: 'assign',
          fromId: null,
          fromName: null,
          toId: 'advisor',
          toName: 'advisor',
          reason: null,
        },
      },
    ])
  })
  it('replaces a current owner', () => {
    expect(assignOwner(open, actor(hqService), advisor, advisor2).events[0]!.data).toMatchObject({
      fromId: 'advisor',
      fromName: 'advisor',
      toId: 'advisor2',
      toName: '阿',
    })
  })
  it.each([
    ['a closed case', at('closed'), manager, null, advisor, 'COMPLAINT.CLOSED', undefined],
    ['by an advisor', open, advisor, null, advisor2, 'COMPLAINT.ASSIGN_FORBIDDEN', undefined],
    ['to another station', open, manager, null, otherStation, 'COMPLAINT.OWNER_NOT_ELIGIBLE', 'ownerId'],
    ['to the current owner', open, manager, advisor, advisor, 'COMPLAINT.ALREADY_OWNER', 'ownerId'],
  ] as const)('refuses %s', (_n, c, by, current, to, code, field) => {
    failsWith(() => assignOwner(c, actor(by), current, to), code, field)
  })
  it('is never shown to the customer', () => {
    const d = assignOwner(open, actor(manager), null, advisor)
    const events = d.events.map((e, i) => ({
      ...e,
      id: `${i}`,
      complaintId: 'c1',
      at: open.openedAt,
      actorLabel: 'x',
    }))
    expect(customerTimeline(events)).toEqual([])
  })
})

describe('take', () => {
  it.each([
    ['an unassigned case', null],
    ['a case whose owner is away', { ...advisor2, away: true }],
    ['a case whose owner was deactivated', { ...advisor2, active: false }],
  ] as const)('takes %s', (_n, current) => {
    expect(takeCase(open, advisor, current).patch).toEqual({ ownerId: 'advisor' })
  })
  it.each([
    ['a closed case', at('closed'), advisor, null, 'COMPLAINT.CLOSED'],
    ['by someone not eligible', open, otherStation, null, 'COMPLAINT.NOT_ELIGIBLE'],
    ['a case already theirs', open, advisor, advisor, 'COMPLAINT.ALREADY_OWNER'],
    ['a case of someone present', open, advisor, advisor2, 'COMPLAINT.ALREADY_OWNED'],
  ] as const)('refuses %s', (_n, c, taker, current, code) => {
    failsWith(() => takeCase(c, taker, current), code)
  })
  it.each([
    [null, true],
    [advisor, false],
    [{ ...advisor, away: true }, true],
    [{ ...advisor, active: false }, true],
  ] as const)('owner %o is free: %s', (current, want) => {
    expect(ownerIsFree(open, current)).toBe(want)
  })
})

describe('hand over', () => {
  it('by the owner, with the trimmed reason', () => {
    const d = handOver(open, actor(advisor), advisor, advisor2, '  on leave  ')
    expect(d.patch).toEqual({ ownerId: 'advisor2' })
    expect(d.events[0]!.data).toMatchObject({
      how: 'hand_over',
      fromId: 'advisor',
      toId: 'advisor2',
      reason: 'on leave',
    })
  })
  it.each([
    ['the manager', manager],
    ['HQ service', hqService],
  ])('by %s', (_n, by) => {
    expect(handOver(open, actor(by), advisor, advisor2, 'x').patch).toEqual({ ownerId: 'advisor2' })
  })
  it.each([
    ['a closed case', at('closed'), advisor, advisor, advisor2, 'r', 'COMPLAINT.CLOSED', undefined],
    ['an unowned case', open, manager, null, advisor2, 'r', 'COMPLAINT.NOT_OWNED', undefined],
    ['by a colleague', open, advisor2, advisor, manager, 'r', 'COMPLAINT.HAND_OVER_FORBIDDEN', undefined],
    ['without a reason', open, advisor, advisor, advisor2, '   ', 'COMPLAINT.REASON_REQUIRED', 'reason'],
    [
      'to another station',
      open,
      advisor,
      advisor,
      otherStation,
      'r',
      'COMPLAINT.OWNER_NOT_ELIGIBLE',
      'ownerId',
    ],
    ['to oneself', open, advisor, advisor, advisor, 'r', 'COMPLAINT.ALREADY_OWNER', 'ownerId'],
  ] as const)('refuses %s', (_n, c, by, current, to, reason, code, field) => {
    failsWith(() => handOver(c, actor(by), current, to, reason), code, field)
  })
  it.each([
    ['x', 'x'],
    [' a b ', 'a b'],
    ['y'.repeat(HAND_OVER_REASON_MAX), 'y'.repeat(HAND_OVER_REASON_MAX)],
  ])('reason %j → %j', (raw, want) => {
    expect(handOverReason(raw)).toBe(want)
  })
  it('refuses a reason one character too long, on the field', () => {
    failsWith(
      () => handOverReason('y'.repeat(HAND_OVER_REASON_MAX + 1)),
      'COMPLAINT.REASON_TOO_LONG',
      'reason',
    )
  })
  it.each([
    ['  ', false],
    [' ok ', true],
    ['y'.repeat(HAND_OVER_REASON_MAX), true],
    ['y'.repeat(HAND_OVER_REASON_MAX + 1), false],
  ])('schema: reason %j accepted: %s', (reason, ok) => {
    const input = {
      id: '11111111-1111-4111-8111-111111111111',
      version: 1,
      idempotencyKey: '22222222-2222-4222-8222-222222222222',
      ownerId: '33333333-3333-4333-8333-333333333333',
      reason,
    }
    expect(handOverInput.safeParse(input).success).toBe(ok)
  })
})

describe('owner after the owning organisation changed', () => {
  it.each([
    ['no owner', open, null, {}],
    ['still eligible', open, advisor, {}],
    ['escalated to HQ: the station owner is cleared', escalated, advisor, { ownerId: null }],
    ['escalated to HQ: an HQ owner stays', escalated, hqService, {}],
    ['transferred to another station', at('in_progress', { stationId: 'st2' }), advisor, { ownerId: null }],
  ] as const)('%s', (_n, after, current, patch) => {
    const d = ownerAfterOrgChange(after, current)
    expect(d.patch).toEqual(patch)
    expect(d.events.length).toBe('ownerId' in patch ? 1 : 0)
  })
  it('logs who lost the case', () => {
    expect(ownerAfterOrgChange(escalated, advisor).events[0]!.data).toMatchObject({
      how: 'cleared',
      fromId: 'advisor',
      toId: null,
    })
  })
})

describe('who covers for colleagues', () => {
  it.each([
    [['dealer_manager'], true],
    [['hq_admin'], true],
    [['dealer_staff'], false],
    [['hq_service', 'hq_quality'], false],
    [['hq_general_manager'], false],
    [[], false],
  ] as const)('%j → %s', (roles, want) => expect(coversForColleagues({ roles: [...roles] })).toBe(want))
})

describe('my cases', () => {
  const away = { ...advisor, away: true }
  const awayElsewhere = { ...otherStation, away: true }
  it.each([
    ['an advisor: only their own', actor(advisor), [away, advisor2], ['advisor']],
    ['an advisor: not an away colleague’s', actor(advisor2), [away], ['advisor2']],
    [
      'a manager: their own and the away people of the station',
      actor(manager),
      [away, advisor2, awayElsewhere],
      ['manager', 'advisor'],
    ],
    ['a manager marked away themself', actor(manager), [{ ...manager, away: true }], ['manager']],
    ['HQ service: only their own', actor(hqService), [away], ['svc']],
    ['HQ service: not an away HQ colleague’s', actor(hqService), [{ ...hqQuality, away: true }], ['svc']],
    [
      'an HQ admin: their own and the away HQ people, not a station’s',
      actor(hqAdmin),
      [{ ...hqService, away: true }, hqQuality, away],
      ['adm', 'svc'],
    ],
  ] as const)('%s', (_n, viewer, colleagues, want) => {
    expect(myCasesOwnerIds(viewer, colleagues)).toEqual(want)
  })
})

describe('property: after any sequence of assign, take and hand over the owner is eligible or nobody', () => {
  const people = [
    advisor,
    advisor2,
    manager,
    otherStation,
    hqService,
    hqAdmin,
    hqQuality,
    { ...advisor2, id: 'gone', active: false },
  ]
  const step = fc.record({
    op: fc.constantFrom('assign', 'take', 'handOver', 'escalate', 'transfer'),
    by: fc.constantFrom(...people),
    to: fc.constantFrom(...people),
    away: fc.boolean(),
  })
  it('holds', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        let c: Complaint = open
        const byId = new Map(people.map((p) => [p.id, p]))
        for (const s of steps) {
          const current = c.ownerId ? { ...byId.get(c.ownerId)!, away: s.away } : null
          try {
            if (s.op === 'escalate') c = { ...c, escalationLevel: 2 }
            if (s.op === 'transfer') c = { ...c, stationId: 'st2' }
            const d =
              s.op === 'assign'
                ? assignOwner(c, actor(s.by), current, s.to)
                : s.op === 'take'
                  ? takeCase(c, s.by, current)
                  : s.op === 'handOver'
                    ? handOver(c, actor(s.by), current, s.to, 'reason')
                    : ownerAfterOrgChange(c, current)
            c = { ...c, ...d.patch }
          } catch (e) {
            expect(e).toBeInstanceOf(DomainError)
          }
          const owner = c.ownerId ? byId.get(c.ownerId)! : null
          expect(owner === null || mayOwn(c, owner)).toBe(true)
        }
      }),
    )
  })
})

describe('every refusal: its kind, code and field (the screens map the code to words)', () => {
  const closed = at('closed')
  const owned = (who: OwnerCandidate) => who
  it.each([
    [
      'assign on a closed case',
      () => assignOwner(closed, actor(manager), null, advisor),
      'PRECONDITION',
      'COMPLAINT.CLOSED',
      undefined,
    ],
    [
      'take on a closed case',
      () => takeCase(closed, advisor, null),
      'PRECONDITION',
      'COMPLAINT.CLOSED',
      undefined,
    ],
    [
      'hand over on a closed case',
      () => handOver(closed, actor(manager), advisor, advisor2, 'leave'),
      'PRECONDITION',
      'COMPLAINT.CLOSED',
      undefined,
    ],
    [
      'assign by an advisor',
      () => assignOwner(open, actor(advisor), null, advisor2),
      'FORBIDDEN',
      'COMPLAINT.ASSIGN_FORBIDDEN',
      undefined,
    ],
    [
      'assign to another station’s person',
      () => assignOwner(open, actor(manager), null, otherStation),
      'BAD_INPUT',
      'COMPLAINT.OWNER_NOT_ELIGIBLE',
      'ownerId',
    ],
    [
      'assign to the owner',
      () => assignOwner(open, actor(manager), owned(advisor), advisor),
      'BAD_INPUT',
      'COMPLAINT.ALREADY_OWNER',
      'ownerId',
    ],
    [
      'take by HQ quality',
      () => takeCase(escalated, hqQuality, null),
      'FORBIDDEN',
      'COMPLAINT.NOT_ELIGIBLE',
      undefined,
    ],
    [
      'take one’s own case',
      () => takeCase(open, advisor, advisor),
      'PRECONDITION',
      'COMPLAINT.ALREADY_OWNER',
      undefined,
    ],
    [
      'take a case its present owner works',
      () => takeCase(open, advisor2, advisor),
      'PRECONDITION',
      'COMPLAINT.ALREADY_OWNED',
      undefined,
    ],
    [
      'hand over with no reason',
      () => handOverReason('  '),
      'BAD_INPUT',
      'COMPLAINT.REASON_REQUIRED',
      'reason',
    ],
    [
      'hand over with too long a reason',
      () => handOverReason('x'.repeat(HAND_OVER_REASON_MAX + 1)),
      'BAD_INPUT',
      'COMPLAINT.REASON_TOO_LONG',
      'reason',
    ],
    [
      'hand over a case nobody owns',
      () => handOver(open, actor(manager), null, advisor, 'leave'),
      'PRECONDITION',
      'COMPLAINT.NOT_OWNED',
      undefined,
    ],
    [
      'hand over someone else’s case as an advisor',
      () => handOver(open, actor(advisor2), advisor, manager, 'leave'),
      'FORBIDDEN',
      'COMPLAINT.HAND_OVER_FORBIDDEN',
      undefined,
    ],
  ] as const)('%s', (_n, f, kind, code, field) => {
    failsWith(f, code, field)
    try {
      f()
    } catch (e) {
      expect((e as DomainError).kind).toBe(kind)
    }
  })

  it('a take and a clearing say so on the timeline, the clearing with its reason', () => {
    expect(takeCase(open, advisor, null).events[0]!.data).toMatchObject({ how: 'take', toId: 'advisor' })
    expect(ownerAfterOrgChange(escalated, advisor).events[0]!.data).toMatchObject({
      reason: 'owning organisation changed',
    })
  })
})

describe('the assignment inputs name every field they need', () => {
  const uuid = '00000000-0000-4000-8000-000000000001'
  it.each([
    ['assign', assignOwnerInput, ['id', 'version', 'idempotencyKey', 'ownerId']],
    ['take', takeCaseInput, ['id', 'version', 'idempotencyKey']],
    ['away', setAwayInput, ['id', 'away']],
  ] as const)('%s without anything: %j missing', (_n, schema, fields) => {
    const r = schema.safeParse({})
    expect(r.success).toBe(false)
    expect(r.error!.issues.map((i) => i.path[0]).sort()).toEqual([...fields].sort())
  })
  it('a well-formed take', () =>
    expect(takeCaseInput.parse({ id: uuid, version: 1, idempotencyKey: uuid })).toEqual({
      id: uuid,
      version: 1,
      idempotencyKey: uuid,
    }))
  it.each([
    ['mine', true],
    ['unassigned', true],
    ['others', false],
  ] as const)('the list’s owner view %s: %s', (owner, ok) =>
    expect(listComplaintsInput.safeParse({ owner }).success).toBe(ok),
  )
})
