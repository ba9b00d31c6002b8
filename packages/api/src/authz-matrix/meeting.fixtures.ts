import { addDays } from '@asq/domain'
import { type Fixture, MISSING_ID, type Principal, type Target } from './principals'

const STATION_PRINCIPALS: readonly Principal[] = ['dealer_manager', 'dealer_staff']
const HQ_PRINCIPALS: readonly Principal[] = [
  'hq_general_manager',
  'hq_admin',
  'hq_quality',
  'hq_service',
  'hq_finance',
]

/** Review meetings, resolutions and actions for the matrix rows (issue 18), made through the repository. */
export function meetingFixtures(fx: Fixture) {
  const repo = () => fx.h.repos.improvement.meetings
  /** A fresh meeting on a one-day period of its own (the period is unique). */
  async function meeting() {
    const day = addDays('2020-01-01', fx.seq())
    const createdBy = await fx.userId('admin')
    return (await repo().create({
      number: `RM-MATRIX-${day}`,
      periodKind: 'custom',
      periodFrom: day,
      periodTo: day,
      meetingDate: day,
      createdBy,
      createdAt: fx.h.now(),
    }))!
  }
  async function resolution() {
    const m = await meeting()
    const r = await repo().addResolution({
      meetingId: m.id,
      text: '矩阵决议',
      createdBy: m.createdBy,
      createdAt: fx.h.now(),
    })
    return { meeting: m, resolution: r }
  }
  async function action(orgCode: string, username: string) {
    const { meeting: m, resolution: r } = await resolution()
    return repo().addAction({
      meetingId: m.id,
      resolutionId: r.id,
      title: '矩阵行动',
      ownerOrgId: await fx.orgId(orgCode),
      ownerUserId: await fx.userId(username),
      dueDate: '2027-01-15',
      dueAt: new Date('2027-01-15T16:00:00Z'),
      createdAt: fx.h.now(),
    })
  }
  return {
    meeting,
    resolution,
    /** HQ meetings have no tenant: every target but "missing" is a real meeting. */
    async meetingRef(t: Target) {
      if (t === 'missing') return { id: MISSING_ID, version: 1 }
      const m = await meeting()
      return { id: m.id, version: m.version }
    },
    /**
     * An action relative to the caller: a station's user gets its own station's (北京朝阳) and, as
     * "another tenant", 上海浦东's; HQ gets an HQ-owned action and, as "another tenant", a station's.
     */
    async actionRef(p: Principal, t: Target) {
      if (t === 'missing') return { id: MISSING_ID, version: 1 }
      const station = STATION_PRINCIPALS.includes(p)
      const a =
        t === 'otherTenant'
          ? station
            ? await action('D-SH01', 'sh.manager')
            : await action('D-BJ01', 'bj.manager')
          : HQ_PRINCIPALS.includes(p)
            ? await action('HQ', 'quality')
            : await action('D-BJ01', 'bj.manager')
      return { id: a.id, version: a.version }
    },
  }
}
