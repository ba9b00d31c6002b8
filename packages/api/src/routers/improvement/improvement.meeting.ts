import {
  actionFileInput,
  addActionInput,
  addConclusionInput,
  completeActionInput,
  listMeetingsInput,
  meetingRefInput,
  meetingVersionInput,
  myActionsInput,
  notFound,
  recordResolutionInput,
  scheduleMeetingInput,
  unitPeopleInput,
} from '@asq/domain'
import { dealerProcedure, hqProcedure, idempotency, router } from '../../trpc'
import { evidenceDownload } from './meeting.evidence'
import {
  addAction,
  addConclusion,
  completeMeetingAction,
  finaliseMeeting,
  generatePack,
  recordResolution,
  scheduleMeeting,
} from './meeting.service'
import { actionOut, meetingOut } from './meeting.views'

/**
 * Who runs the review meeting: the general manager, who holds it (domain.md: the general manager's
 * office), the general office (admin), quality and service. Conclusions are the sections' units' own.
 */
const hq = () => hqProcedure('hq_general_manager', 'hq_admin', 'hq_quality', 'hq_service')
const concluding = () => hqProcedure('hq_admin', 'hq_quality', 'hq_service')

/**
 * The complaint review meeting (客户抱怨检讨会议, issue 18): HQ schedules it, drafts the pack, records
 * conclusions and resolutions with their actions, finalises the minutes; a station sees and completes
 * only its own actions (another station's is NOT_FOUND).
 */
export const meetingRouter = router({
  list: hq()
    .input(listMeetingsInput)
    .query(({ ctx, input }) => ctx.repos.improvement.meetings.list(input)),
  get: hq()
    .input(meetingRefInput)
    .query(async ({ ctx, input }) => {
      const meetings = ctx.repos.improvement.meetings
      const m = await meetings.byId(input.id)
      if (!m) throw notFound('meeting')
      const [resolutions, actions] = await Promise.all([meetings.resolutions(m.id), meetings.actionsOf(m.id)])
      return meetingOut(m, resolutions, actions, ctx.clock(), m.status === 'final')
    }),
  /** The organisations an action may go to (HQ and the stations) and, for one of them, its people. */
  units: hq().query(async ({ ctx }) =>
    (await ctx.repos.organisations.list())
      .filter((o) => o.kind === 'hq' || o.kind === 'dealer')
      .map((o) => ({ id: o.id, code: o.code, kind: o.kind, nameZh: o.nameZh, nameEn: o.nameEn })),
  ),
  unitPeople: hq()
    .input(unitPeopleInput)
    .query(async ({ ctx, input }) => {
      const org = await ctx.repos.organisations.byId(input.orgId)
      if (!org || (org.kind !== 'hq' && org.kind !== 'dealer')) throw notFound('organisation')
      const { items } = await ctx.repos.users.list({ orgId: org.id, limit: 200, offset: 0 })
      return items
        .filter((u) => u.active)
        .map((u) => ({ id: u.id, displayName: u.displayName, roles: u.roles }))
    }),
  schedule: hq()
    .input(scheduleMeetingInput)
    .use(idempotency)
    .mutation(({ ctx, input }) => scheduleMeeting(ctx, input)),
  generatePack: hq()
    .input(meetingVersionInput)
    .mutation(({ ctx, input }) => generatePack(ctx, input)),
  addConclusion: concluding()
    .input(addConclusionInput)
    .mutation(({ ctx, input }) => addConclusion(ctx, input)),
  recordResolution: hq()
    .input(recordResolutionInput)
    .use(idempotency)
    .mutation(({ ctx, input }) => recordResolution(ctx, input)),
  addAction: hq()
    .input(addActionInput)
    .use(idempotency)
    .mutation(({ ctx, input }) => addAction(ctx, input)),
  finalise: hq()
    .input(meetingVersionInput)
    .mutation(({ ctx, input }) => finaliseMeeting(ctx, input)),
  minutesPdf: hq()
    .input(meetingRefInput)
    .query(async ({ ctx, input }) => {
      const m = await ctx.repos.improvement.meetings.byId(input.id)
      const pdf = m && (await ctx.repos.improvement.meetings.minutes(m.id))
      if (!m || !pdf) throw notFound('minutes')
      return {
        filename: `${m.number}-minutes.pdf`,
        mime: 'application/pdf',
        base64: Buffer.from(pdf).toString('base64'),
      }
    }),
  /** HQ closes an action owned by HQ (any unit's, for an HQ admin). */
  hqCompleteAction: hq()
    .input(completeActionInput)
    .mutation(({ ctx, input }) => completeMeetingAction(ctx, input)),
  /** An evidence file of any action, as HQ reviews what was done. */
  evidenceFile: hq()
    .input(actionFileInput)
    .query(({ ctx, input }) => evidenceDownload(ctx, input, null)),
  /** The station's own actions, open ones first by due date. */
  myActions: dealerProcedure()
    .input(myActionsInput)
    .query(async ({ ctx, input }) => {
      const page = await ctx.repos.improvement.meetings.actionsOfOrg(ctx.dealerId, input)
      const now = ctx.clock()
      return { ...page, items: page.items.map((a) => actionOut(a, now)) }
    }),
  /** An evidence file of the station's own action (another station's is NOT_FOUND). */
  myEvidenceFile: dealerProcedure()
    .input(actionFileInput)
    .query(({ ctx, input }) => evidenceDownload(ctx, input, ctx.dealerId)),
  completeAction: dealerProcedure()
    .input(completeActionInput)
    .mutation(({ ctx, input }) => completeMeetingAction(ctx, input)),
})
