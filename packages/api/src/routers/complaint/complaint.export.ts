import type { ComplaintListItem } from '@asq/domain'
import {
  CAUSE_LABELS,
  KIND_LABELS,
  listComplaintsInput,
  openedRange,
  SEVERITY_LABELS,
  STATUS_LABELS,
} from '@asq/domain'
import { columnsOf, describeExport, keysetRows, withFormat } from '../../exports/export-procedure'
import type { Cell } from '../../reports/xlsx'
import { hqProcedure } from '../../trpc'
import { ownerFilter } from './complaint.assignment'

const COLUMNS = columnsOf(
  '编号 Number',
  '状态 Status',
  '类别 Kind',
  '严重度 Severity',
  '原因 Cause',
  '客户 Customer',
  '服务站 Station',
  '负责人 Owner',
  '摘要 Summary',
  { header: '受理时间 Opened', numFmt: 'yyyy-mm-dd hh:mm', width: 18 },
  { header: '最近期限 Next due', numFmt: 'yyyy-mm-dd hh:mm', width: 18 },
  '升级级别 Level',
)

/** One row per complaint, Chinese labels; times in China local time. */
const cells = (c: ComplaintListItem): Cell[] => [
  c.number,
  STATUS_LABELS[c.status].zh,
  KIND_LABELS[c.kind].zh,
  SEVERITY_LABELS[c.severity].zh,
  CAUSE_LABELS[c.cause].zh,
  c.customerName,
  c.stationName ?? '',
  c.ownerName ?? '',
  c.summary,
  c.openedAt,
  c.nextDueAt,
  c.escalationLevel,
]

/** The desk's list as a file: the same filters and order as the list, every match, no cap. */
export const deskExport = hqProcedure('hq_admin', 'hq_service', 'hq_quality')
  .meta({ export: true })
  .input(withFormat(listComplaintsInput.omit({ page: true, pageSize: true, cursor: true })))
  .query(({ ctx, input: { format, ...filters } }) => {
    const now = ctx.clock()
    const order = filters.overdue ? 'due' : 'newest'
    return describeExport(now, 'complaints', format, {
      sheet: '投诉 Complaints',
      columns: COLUMNS,
      rows: keysetRows(
        async (after, limit) =>
          ctx.repos.complaints.list({
            ...filters,
            ...openedRange(filters),
            ...(await ownerFilter(ctx.repos, ctx.actor, filters.owner)),
            now,
            limit,
            offset: 0,
            after,
            order,
            uncounted: true,
          }),
        cells,
      ),
    })
  })
