import type { AuditRecord } from '@asq/domain'
import { encodeKeys } from '@asq/domain'
import { z } from 'zod'
import { timeColumn } from '../exports/export-cells'
import { columnsOf, describeExport, keysetRows, nextAfter, withFormat } from '../exports/export-procedure'
import type { Cell } from '../reports/xlsx'
import { hqProcedure } from '../trpc'

/** The audit log's filters (as on the page). */
export const auditFilters = z.object({
  entityType: z.string().max(40).optional(),
  entityId: z.string().max(80).optional(),
})

const COLUMNS = columnsOf(
  timeColumn('时间 At'),
  '操作人 Actor',
  '操作 Action',
  '对象类型 Entity type',
  '对象编号 Entity id',
  { header: '变更前 Before', width: 40 },
  { header: '变更后 After', width: 40 },
)
const json = (v: unknown): Cell => (v === null || v === undefined ? null : JSON.stringify(v))
const cells = (e: AuditRecord): Cell[] => [
  e.at,
  e.actorLabel,
  e.action,
  e.entityType,
  e.entityId,
  json(e.before),
  json(e.after),
]

/** Who changed what, newest first, every match of the filters; read by the `(at, id)` keyset. */
export const exportAudit = hqProcedure('hq_admin')
  .meta({ export: true })
  .input(withFormat(auditFilters))
  .query(({ ctx, input: { format, ...filters } }) =>
    describeExport(ctx.clock(), 'audit-log', format, {
      sheet: '审计日志 Audit log',
      columns: COLUMNS,
      rows: keysetRows(async (after, limit) => {
        const { items } = await ctx.repos.audit.list({ ...filters, limit, offset: 0, after, uncounted: true })
        return { items, nextCursor: nextAfter(items, limit, (e) => encodeKeys([e.at, e.id])) }
      }, cells),
    }),
  )
