import type { NoticeListItem, StoredNotice } from '@asq/domain'
import {
  approveNotice,
  awaitingResponsibilityInput,
  chinaMonthBounds,
  createNoticeInput,
  draftNotice,
  NOTICE_ISSUERS,
  notFound,
  noticeIdInput,
  noticeListInput,
  noticeRefInput,
  noticeVisibleTo,
  offsetOf,
  recordResponsibilityInput,
  rejectNotice,
  rejectNoticeInput,
  reviseNotice,
  stationNoticeListInput,
  submitNotice,
  updateNoticeInput,
} from '@asq/domain'
import { dealerProcedure, hqProcedure, idempotency, router } from '../../trpc'
import {
  changeNotice,
  checkedFields,
  createNotice,
  notifyApproved,
  recordResponsibility,
} from './improvement.notice.service'

/** HQ quality, service and admins record responsibility and issue notices; the general manager decides. */
const issuers = () => hqProcedure(...NOTICE_ISSUERS)
const readers = () => hqProcedure(...NOTICE_ISSUERS, 'hq_general_manager')
const generalManager = () => hqProcedure('hq_general_manager')

/** What a station reads of a notice concerning it (HQ's people and drafts stay at HQ). */
const stationView = (n: NoticeListItem | StoredNotice) => ({
  id: n.id,
  kind: n.kind,
  amountFen: n.amountFen,
  reason: n.reason,
  personName: n.personName,
  decidedAt: n.decidedAt,
  complaintNumber: 'complaintNumber' in n ? n.complaintNumber : undefined,
})

/** Reward/penalty notices (奖罚通知单) and responsibility for serious cases (issue 18). */
export const noticeRouter = router({
  /** The serious cases closed in a month (China time), each with its responsibility or none yet. */
  seriousCases: readers()
    .input(awaitingResponsibilityInput)
    .query(({ ctx, input }) => ctx.repos.improvement.notices.seriousClosed(chinaMonthBounds(input.month))),
  recordResponsibility: issuers()
    .input(recordResponsibilityInput)
    .mutation(({ ctx, input }) => recordResponsibility(ctx, input)),
  list: readers()
    .input(noticeListInput)
    .query(async ({ ctx, input }) => {
      const { items, total } = await ctx.repos.improvement.notices.list({
        state: input.state,
        limit: input.pageSize,
        offset: offsetOf(input),
      })
      return { items, total, page: input.page, pageSize: input.pageSize }
    }),
  get: readers()
    .input(noticeIdInput)
    .query(async ({ ctx, input }) => {
      const n = await ctx.repos.improvement.notices.byId(input.id)
      if (!n) throw notFound('notice')
      return n
    }),
  create: issuers()
    .input(createNoticeInput)
    .use(idempotency)
    .mutation(({ ctx, input }) => {
      const { clientRequestId: _, complaintId, ...fields } = input
      const draft = draftNotice({ id: crypto.randomUUID(), complaintId, ...fields }, ctx.actor)
      return createNotice(ctx, input, draft)
    }),
  update: issuers()
    .input(updateNoticeInput)
    .mutation(({ ctx, input }) => {
      const { id, version, ...fields } = input
      return changeNotice(ctx, { id, version }, 'improvement.notice.update', async (n, _at, repos) =>
        reviseNotice(n, await checkedFields(repos, fields)),
      )
    }),
  submit: issuers()
    .input(noticeRefInput)
    .mutation(({ ctx, input }) =>
      changeNotice(ctx, input, 'improvement.notice.submit', (n, at) => submitNotice(n, at)),
    ),
  approve: generalManager()
    .input(noticeRefInput)
    .mutation(({ ctx, input }) =>
      changeNotice(
        ctx,
        input,
        'improvement.notice.approve',
        (n, at) => approveNotice(n, ctx.actor, at),
        (tx, n) => notifyApproved(tx, n, ctx.clock()),
      ),
    ),
  reject: generalManager()
    .input(rejectNoticeInput)
    .mutation(({ ctx, input }) =>
      changeNotice(ctx, input, 'improvement.notice.reject', (n, at) =>
        rejectNotice(n, ctx.actor, input.reason, at),
      ),
    ),
  /** A station's approved notices, newest first; never another station's, never a draft. */
  mine: dealerProcedure()
    .input(stationNoticeListInput)
    .query(async ({ ctx, input }) => {
      const { items, total } = await ctx.repos.improvement.notices.list({
        state: 'approved',
        unitOrgId: ctx.dealerId,
        limit: input.pageSize,
        offset: offsetOf(input),
      })
      return { items: items.map(stationView), total, page: input.page, pageSize: input.pageSize }
    }),
  mineGet: dealerProcedure()
    .input(noticeIdInput)
    .query(async ({ ctx, input }) => {
      const n = await ctx.repos.improvement.notices.byId(input.id)
      if (!n || !noticeVisibleTo(n, { orgKind: 'dealer', orgId: ctx.dealerId })) throw notFound('notice')
      const c = await ctx.repos.complaints.byId(n.complaintId)
      return { ...stationView(n), complaintNumber: c?.number }
    }),
})
