import { maskedOutboxBody, offsetOf, pageInputSchema, renderOutboxBody } from '@asq/domain'
import { z } from 'zod'
import { hqProcedure, router } from '../trpc'
import { auditFilters, exportAudit } from './platform.audit-export'

/** Cross-cutting records HQ admins inspect: what was sent (outbox) and who changed what (audit). */
export const platformRouter = router({
  outbox: hqProcedure('hq_admin')
    .input(pageInputSchema.extend({ recipient: z.string().trim().max(120).optional() }))
    .query(async ({ ctx, input }) => {
      const { items, total } = await ctx.repos.outbox.list({
        recipient: input.recipient,
        limit: input.pageSize,
        offset: offsetOf(input),
      })
      // Live codes and link tokens are never shown to staff; development shows them so the demo
      // can sign customers in without an SMS gateway.
      const shown = items.map(({ secret, ...m }) => ({
        ...m,
        body: ctx.devMode ? renderOutboxBody({ body: m.body, secret }) : maskedOutboxBody(m),
      }))
      return { items: shown, total, page: input.page, pageSize: input.pageSize }
    }),

  audit: hqProcedure('hq_admin')
    .input(pageInputSchema.merge(auditFilters))
    .query(async ({ ctx, input }) => {
      const { items, total } = await ctx.repos.audit.list({
        entityType: input.entityType,
        entityId: input.entityId,
        limit: input.pageSize,
        offset: offsetOf(input),
      })
      return { items, total, page: input.page, pageSize: input.pageSize }
    }),
  exportAudit,
})
