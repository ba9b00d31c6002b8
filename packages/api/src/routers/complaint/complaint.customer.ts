import {
  customerConfirmInput,
  fileComplaintInput,
  followUp,
  idInput,
  offsetOf,
  pageInputSchema,
  uploadEvidenceInput,
} from '@asq/domain'
import { customerProcedure, idempotency, router } from '../../trpc'
import { attachmentContent, uploadEvidence } from './complaint.files'
import { fileComplaint } from './complaint.intake'
import { loadScoped, persistDecision, type Scope } from './complaint.service'
import { writeMessage } from './complaint.thread'
import { customerListItem, customerView } from './complaint.views'

const mine = (customerId: string): Scope => ({ kind: 'customer', customerId })

/** The customer's side: file, follow, confirm. Only their own complaints, in customer-facing words. */
export const customerComplaintRouter = router({
  /** What the complaint form offers: the stations and the customer's own vehicles. */
  formOptions: customerProcedure.query(async ({ ctx }) => {
    const [stations, vehicles] = await Promise.all([
      ctx.repos.organisations.list({ kind: 'dealer' }),
      ctx.repos.vehicles.forCustomer(ctx.customerId),
    ])
    return {
      stations: stations.map((s) => ({ id: s.id, nameZh: s.nameZh, nameEn: s.nameEn, region: s.region })),
      vehicles: vehicles.map((v) => ({ id: v.id, vin: v.vin, model: v.model })),
    }
  }),
  list: customerProcedure.input(pageInputSchema).query(async ({ ctx, input }) => {
    const { items, total } = await ctx.repos.complaints.list({
      customerId: ctx.customerId,
      q: input.q,
      now: ctx.clock(),
      limit: input.pageSize,
      offset: offsetOf(input),
      order: 'newest',
    })
    return { items: items.map(customerListItem), total, page: input.page, pageSize: input.pageSize }
  }),
  get: customerProcedure
    .input(idInput)
    .query(async ({ ctx, input }) =>
      customerView(ctx.repos, await loadScoped(ctx.repos, input.id, mine(ctx.customerId)), ctx.clock()),
    ),
  file: customerProcedure
    .input(fileComplaintInput)
    .use(idempotency)
    .mutation(({ ctx, input }) =>
      ctx.transact(async (tx) => {
        const c = await fileComplaint(tx, ctx.actor, ctx.clock(), {
          customerId: ctx.customerId,
          channel: 'portal',
          severity: 'general',
          input,
        })
        return { id: c.id, number: c.number }
      }),
    ),
  /** At follow-up the customer says "solved" (closes) or "not solved" (reopens). */
  confirm: customerProcedure.input(customerConfirmInput).mutation(({ ctx, input }) =>
    ctx.transact(async (tx) => {
      const c = await loadScoped(tx.repos, input.id, mine(ctx.customerId))
      // The comment as the customer wrote it (maybe none): it is read back to them on their timeline.
      const decision = followUp(c, input.solved, input.comment, 'customer', ctx.clock())
      const updated = await persistDecision(
        tx,
        ctx,
        c,
        input.version,
        decision,
        input.solved ? 'customer_confirm_solved' : 'customer_confirm_not_solved',
      )
      // "Not solved" in their own words: the station reads it in the conversation too (issue 17).
      if (!input.solved && input.comment)
        await writeMessage(
          tx,
          updated,
          { authorKind: 'customer', authorId: ctx.customerId, visibility: 'public', body: input.comment },
          [],
          ctx.clock(),
        )
      return { id: updated.id, status: updated.status, version: updated.version }
    }),
  ),
  upload: customerProcedure
    .input(uploadEvidenceInput)
    .mutation(({ ctx, input }) => uploadEvidence(ctx, mine(ctx.customerId), input)),
  attachment: customerProcedure
    .input(idInput)
    .query(({ ctx, input }) => attachmentContent(ctx, mine(ctx.customerId), input.id)),
})
