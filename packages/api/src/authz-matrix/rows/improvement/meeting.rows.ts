import { randomUUID } from 'node:crypto'
import { buildPack, emptyTally } from '@asq/domain'
import type { MatrixRows } from '../../matrix.types'
import { meetingFixtures } from '../../meeting.fixtures'
import { HQ_SCOPE, nobody, STATION_SCOPE } from '../helpers'

/** HQ's own departments complete HQ's actions; a station's is only an HQ admin's to close (NOT_FOUND to the others). */
const HQ_UNIT = { own: 'OK', sameOrg: 'OK', otherTenant: 'NOT_FOUND', missing: 'NOT_FOUND' } as const

/** The review meeting is the general manager's, HQ admin's (general office), quality's and service's; finance is not in it. */
const meetingHq = (scoped: boolean) =>
  ({
    ...nobody,
    hq_general_manager: scoped ? HQ_SCOPE : 'OK',
    hq_admin: scoped ? HQ_SCOPE : 'OK',
    hq_quality: scoped ? HQ_SCOPE : 'OK',
    hq_service: scoped ? HQ_SCOPE : 'OK',
  }) as const
const station = { ...nobody, dealer_manager: STATION_SCOPE, dealer_staff: STATION_SCOPE } as const
const draft = async (fx: Parameters<MatrixRows[string]['input']>[0]) => ({
  title: '矩阵行动',
  ownerOrgId: await fx.orgId('D-BJ01'),
  ownerUserId: await fx.userId('bj.manager'),
  dueDate: '2027-01-15',
})

/** The authorization rows of the improvement loop's meeting part. */
export const meetingRows: MatrixRows = {
  'improvement.meeting.list': {
    scoped: false,
    input: () => ({ page: 1, pageSize: 20 }),
    expect: meetingHq(false),
  },
  'improvement.meeting.units': { scoped: false, input: () => undefined, expect: meetingHq(false) },
  'improvement.meeting.unitPeople': {
    scoped: false,
    input: async (fx) => ({ orgId: await fx.orgId('D-BJ01') }),
    expect: meetingHq(false),
  },
  'improvement.meeting.get': {
    scoped: true,
    input: async (fx, _p, t) => ({ id: (await meetingFixtures(fx).meetingRef(t)).id }),
    expect: meetingHq(true),
  },
  'improvement.meeting.schedule': {
    scoped: false,
    input: (fx) => {
      // A month of its own per call (a period is scheduled once), met on its 28th: however many
      // calls came before, the meeting is never dated before its period.
      const n = fx.seq()
      const month = `${2100 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`
      return {
        idempotencyKey: randomUUID(),
        period: { kind: 'month', month },
        meetingDate: `${month}-28`,
      }
    },
    expect: meetingHq(false),
  },
  'improvement.meeting.generatePack': {
    scoped: true,
    input: (fx, _p, t) => meetingFixtures(fx).meetingRef(t),
    expect: meetingHq(true),
  },
  'improvement.meeting.addConclusion': {
    scoped: true,
    input: async (fx, p, t) => ({
      ...(await meetingFixtures(fx).meetingRef(t)),
      section: p === 'hq_service' ? 'non_quality' : 'quality',
      text: '矩阵结论',
    }),
    // The sections are quality's and service's (and an admin's): the general manager concludes neither.
    expect: { ...meetingHq(true), hq_general_manager: 'FORBIDDEN' },
  },
  'improvement.meeting.recordResolution': {
    scoped: true,
    input: async (fx, _p, t) => ({
      ...(await meetingFixtures(fx).meetingRef(t)),
      idempotencyKey: randomUUID(),
      text: '矩阵决议',
      actions: [await draft(fx)],
    }),
    expect: meetingHq(true),
  },
  'improvement.meeting.addAction': {
    scoped: false,
    input: async (fx) => {
      const { meeting, resolution } = await meetingFixtures(fx).resolution()
      return {
        resolutionId: resolution.id,
        version: meeting.version,
        idempotencyKey: randomUUID(),
        ...(await draft(fx)),
      }
    },
    expect: meetingHq(false),
  },
  'improvement.meeting.finalise': {
    scoped: true,
    input: async (fx, _p, t) => {
      const ref = await meetingFixtures(fx).meetingRef(t)
      if (t === 'missing') return ref
      const m = await fx.h.repos.improvement.meetings.byId(ref.id)
      const pack = buildPack({
        period: { from: m!.periodFrom, to: m!.periodTo },
        now: fx.h.now(),
        tally: emptyTally(),
        causeCounts: [],
        groups: [],
        overdue: { total: 0, cases: [] },
        reopened: { total: 0, cases: [] },
        serious: [],
        previousMeeting: null,
        previousActions: [],
      })
      const saved = await fx.h.repos.improvement.meetings.update(ref.id, ref.version, {
        pack,
        packGeneratedAt: fx.h.now(),
      })
      return { id: ref.id, version: saved!.version }
    },
    expect: meetingHq(true),
  },
  'improvement.meeting.minutesPdf': {
    scoped: true,
    input: async (fx, _p, t) => {
      const ref = await meetingFixtures(fx).meetingRef(t)
      if (t !== 'missing')
        await fx.h.repos.improvement.meetings.saveMinutes(ref.id, new TextEncoder().encode('%PDF-1.3'))
      return { id: ref.id }
    },
    expect: meetingHq(true),
  },
  'improvement.meeting.hqCompleteAction': {
    scoped: true,
    input: async (fx, p, t) => ({
      ...(await meetingFixtures(fx).actionRef(p, t)),
      evidence: '已完成',
      uploadIds: [],
    }),
    expect: { ...meetingHq(true), hq_general_manager: HQ_UNIT, hq_quality: HQ_UNIT, hq_service: HQ_UNIT },
  },
  'improvement.meeting.evidenceFile': {
    scoped: true,
    input: (fx, p, t) => meetingFixtures(fx).evidenceRef(p, t),
    expect: meetingHq(true),
  },
  'improvement.meeting.myEvidenceFile': {
    scoped: true,
    input: (fx, p, t) => meetingFixtures(fx).evidenceRef(p, t),
    expect: station,
  },
  'improvement.meeting.myActions': {
    scoped: false,
    input: () => ({ page: 1, pageSize: 20 }),
    expect: { ...nobody, dealer_manager: 'OK', dealer_staff: 'OK' },
  },
  'improvement.meeting.completeAction': {
    scoped: true,
    input: async (fx, p, t) => ({
      ...(await meetingFixtures(fx).actionRef(p, t)),
      evidence: '已完成',
      uploadIds: [],
    }),
    expect: station,
  },
}
