import {
  actionDue,
  addDays,
  addMonths,
  chinaDate,
  chinaMonth,
  makeCalendar,
  meetingNumber,
  meetingPeriod,
} from '@asq/domain'
import { improvementActions, improvementMeetings, improvementResolutions } from '../schema'
import type { ContextSeed } from './steps'

const DAY = 86_400_000

/**
 * Last month's complaint review meeting (issue 18), held on the 5th: two resolutions from the real cases
 * (the first service charged, the headlamp no station had in stock), one action each — 北京朝阳's still
 * open, due in two weeks, and HQ service's done with its evidence. Its pack is drafted on the meeting page.
 */
export const seedMeeting: ContextSeed = async (tx, n) => {
  const month = addMonths(`${chinaMonth(n.now)}-01`, -1).slice(0, 7)
  const period = meetingPeriod({ kind: 'month', month })
  const admin = n.userIdByUsername.admin!
  const held = addDays(`${chinaMonth(n.now)}-01`, 4)
  const at = new Date(n.now.getTime() - 10 * DAY)
  const [m] = await tx
    .insert(improvementMeetings)
    .values({
      number: meetingNumber(period),
      periodKind: period.kind,
      periodFrom: period.from,
      periodTo: period.to,
      // The 5th of this month, or today when that is still ahead.
      meetingDate: [held, chinaDate(n.now)].sort()[0]!,
      createdBy: admin,
      createdAt: at,
    })
    .returning()
  const calendar = makeCalendar({})
  const resolutions = [
    { text: '首保收费须在接车时向客户说明（案例：首保收费）', seq: 1 },
    { text: '常用件（大灯总成）保持安全库存，到货主动致电客户（案例：大灯闪烁）', seq: 2 },
  ]
  const [first, second] = await tx
    .insert(improvementResolutions)
    .values(resolutions.map((r) => ({ ...r, meetingId: m!.id, createdBy: admin, createdAt: at })))
    .returning()
  await tx.insert(improvementActions).values([
    {
      meetingId: m!.id,
      resolutionId: first!.id,
      title: '服务顾问接车话术培训：首保项目与收费说明',
      ownerOrgId: n.orgIdByCode['D-BJ01']!,
      ownerUserId: n.userIdByUsername['bj.manager']!,
      ...actionDue(calendar, addDays(chinaDate(n.now), 14)),
      createdAt: at,
    },
    {
      meetingId: m!.id,
      resolutionId: second!.id,
      title: '制定大灯总成等常用件的安全库存标准',
      ownerOrgId: n.orgIdByCode.HQ!,
      ownerUserId: n.userIdByUsername.service!,
      ...actionDue(calendar, addDays(chinaDate(n.now), -3)),
      status: 'done',
      evidence: { text: '已发布《常用件安全库存标准》，覆盖大灯总成等 12 个零件', files: [] },
      completedAt: new Date(n.now.getTime() - 4 * DAY),
      completedBy: n.userIdByUsername.service!,
      createdAt: at,
    },
  ])
}
