import type { Repositories, UnitOfWork } from '@asq/domain'
import { actionLevel } from '@asq/domain'
import { notify } from '../notification/notify'
import { actionCalendar } from './meeting.service'

/**
 * The action sweep: an open action past its due date (on its unit's working calendar) rises to level 1
 * (the person who owns it and the meeting's organiser at HQ are told), and after three working days
 * late to level 2 (told again, with HQ's admins). Each level is claimed by a conditional update, so
 * two servers sweeping together notify once; the notification is unique per (action, level) as well.
 */
export async function runMeetingActionSweep(
  deps: { uow: UnitOfWork; repos: Repositories },
  now: Date,
  limit = 500,
) {
  const due = await deps.repos.improvement.meetings.overdue(now, limit)
  let escalated = 0
  for (const candidate of due) {
    escalated += await deps.uow.run(async (repos) => {
      const a = await repos.improvement.meetings.action(candidate.id)
      if (!a) return 0
      const level = actionLevel(await actionCalendar(repos, a.ownerOrgId), a, now)
      if (level <= a.escalationLevel || !(await repos.improvement.meetings.raiseLevel(a.id, level))) return 0
      const meeting = await repos.improvement.meetings.byId(a.meetingId)
      const admins =
        level >= 2
          ? (
              await repos.users.list({
                orgId: (await repos.users.byId(meeting!.createdBy))!.orgId,
                limit: 200,
                offset: 0,
              })
            ).items
              .filter((u) => u.active && u.roles.includes('hq_admin'))
              .map((u) => u.id)
          : []
      const station = (await repos.organisations.byId(a.ownerOrgId))?.kind === 'dealer'
      const hqLink = `/meetings/${a.meetingId}`
      const told = { event: 'action_overdue' as const, key: `${a.id}:${level}`, at: now }
      const payload = { ref: a.meetingNumber, title: a.title, level, dueDate: a.dueDate }
      // The owner opens the action where they work: a station's actions page, or the meeting at HQ.
      await notify(
        { repos },
        { ...told, payload, recipients: { userIds: [a.ownerUserId] }, link: station ? '/actions' : hqLink },
      )
      const hqPeople = [meeting!.createdBy, ...admins].filter((id) => id !== a.ownerUserId)
      await notify(
        { repos },
        { ...told, payload, recipients: { userIds: [...new Set(hqPeople)] }, link: hqLink },
      )
      await repos.audit.record({
        action: 'improvement.action.escalate',
        entityType: 'improvement_action',
        entityId: a.id,
        before: { escalationLevel: a.escalationLevel },
        after: { escalationLevel: level, dueDate: a.dueDate },
        at: now,
        actor: null,
      })
      return 1
    })
  }
  return { checked: due.length, escalated }
}
