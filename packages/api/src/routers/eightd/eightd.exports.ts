import type { Discipline, EightdClaimFilter, EightdClaimListItem } from '@asq/domain'
import {
  DISCIPLINE_LABELS,
  EIGHTD_SEVERITY_LABELS,
  encodeKeys,
  listEightdClaimsInput,
  NO_DEADLINE,
  supplierInboxInput,
} from '@asq/domain'
import type { Context } from '../../context'
import { timeColumn, yesNo } from '../../exports/export-cells'
import { columnsOf, describeExport, keysetRows, nextAfter, withFormat } from '../../exports/export-procedure'
import type { ExportFormat } from '../../exports/stream-export'
import type { Cell } from '../../reports/xlsx'
import { hqProcedure, supplierProcedure } from '../../trpc'

const STATUS = { open: '进行中', closed: '已关闭' } as const

const COLUMNS = columnsOf(
  '编号 Number',
  { header: '标题 Title', width: 30 },
  '供应商 Supplier',
  '配件编号 Part code',
  '配件名称 Part name',
  '批次 Lot',
  '数量 Quantity',
  '严重度 Severity',
  '状态 Status',
  '当前步骤 Current step',
  timeColumn('开启时间 Opened'),
  timeColumn('最近期限 Next due'),
  '逾期 Overdue',
  timeColumn('关闭时间 Closed'),
)

const cells =
  (now: Date) =>
  (c: EightdClaimListItem): Cell[] => [
    c.number,
    c.title,
    c.supplierName,
    c.partCode,
    c.partName,
    c.lot,
    c.quantityAffected,
    EIGHTD_SEVERITY_LABELS[c.severity].zh,
    STATUS[c.status],
    c.currentDiscipline
      ? `${c.currentDiscipline} ${DISCIPLINE_LABELS[c.currentDiscipline as Discipline].zh}`
      : '',
    c.openedAt,
    c.nextDueAt,
    yesNo(c.status === 'open' && c.nextDueAt !== null && c.nextDueAt.getTime() < now.getTime()),
    c.closedAt,
  ]

type Filters = Omit<EightdClaimFilter, 'now' | 'limit' | 'offset' | 'order' | 'after' | 'uncounted'>

/** 8D claims of the list's filters, in the list's order (newest, or nearest deadline first). */
function claimsFile(ctx: Context, format: ExportFormat, filters: Filters, order: 'due' | 'newest') {
  const now = ctx.clock()
  const key = (c: EightdClaimListItem) =>
    encodeKeys(order === 'due' ? [c.nextDueAt ?? NO_DEADLINE, c.openedAt, c.id] : [c.openedAt, c.id])
  return describeExport(now, '8d-claims', format, {
    sheet: '8D 索赔 8D claims',
    columns: COLUMNS,
    rows: keysetRows(async (after, limit) => {
      const p = { ...filters, now, limit, offset: 0, order, after, uncounted: true }
      const { items } = await ctx.repos.eightd.claims.list(p)
      return { items, nextCursor: nextAfter(items, limit, key) }
    }, cells(now)),
  })
}

const unpaged = { page: true, pageSize: true } as const

/** HQ's 8D list as a file (quality, admins and finance read it). */
export const exportHqClaims = hqProcedure('hq_admin', 'hq_quality', 'hq_finance')
  .meta({ export: true })
  .input(withFormat(listEightdClaimsInput.omit(unpaged)))
  .query(({ ctx, input: { format, ...filters } }) =>
    claimsFile(ctx, format, filters, filters.overdue ? 'due' : 'newest'),
  )

/** The supplier's inbox as a file: its own claims only, nearest deadline first. */
export const exportSupplierClaims = supplierProcedure()
  .meta({ export: true })
  .input(withFormat(supplierInboxInput.omit(unpaged)))
  .query(({ ctx, input: { format, ...filters } }) =>
    claimsFile(ctx, format, { ...filters, supplierId: ctx.supplierId }, 'due'),
  )
