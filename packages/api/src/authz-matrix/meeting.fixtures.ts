import { addDays } from '@asq/domain'
import { type Fixture, MISSING_ID, type Principal, type Target } from './principals'
import { storedFile } from './upload.fixtures'

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
  /**
   * An action relative to the caller: a station's user gets its own station's (北京朝阳) and, as
   * "another tenant", 上海浦东's; HQ gets an HQ-owned action and, as "another tenant", a station's.
   */
  async function actionFor(p: Principal, t: Exclude<Target, 'missing'>) {
    const station = STATION_PRINCIPALS.includes(p)
    if (t === 'otherTenant') return station ? action('D-SH01', 'sh.manager') : action('D-BJ01', 'bj.manager')
    return HQ_PRINCIPALS.includes(p) ? action('HQ', 'quality') : action('D-BJ01', 'bj.manager')
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
    /** An action relative to the caller (see `actionFor`). */
    async actionRef(p: Principal, t: Target) {
      if (t === 'missing') return { id: MISSING_ID, version: 1 }
      const a = await actionFor(p, t)
      return { id: a.id, version: a.version }
    },
    /** The same action as `actionRef`, done with one stored evidence file: the action and its digest. */
    async evidenceRef(p: Principal, t: Target) {
      if (t === 'missing') return { id: MISSING_ID, sha256: '0'.repeat(64) }
      const a = await actionFor(p, t)
      const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, fx.seq() % 256, Math.floor(fx.seq() / 256) % 256])
      const sha256 = await storedFile(fx.h, bytes)
      const file = { filename: '证据.pdf', mime: 'application/pdf', size: bytes.length, sha256 }
      await repo().complete(a.id, a.version, {
        evidence: { text: '矩阵证据', files: [file] },
        completedAt: fx.h.now(),
        completedBy: await fx.userId('admin'),
      })
      return { id: a.id, sha256 }
    },
  }
}
