import type { DealerPartsRequest, OldPartRegistration } from '@asq/domain'
import {
  DEALER_PARTS_REQUEST_STATUS_LABELS,
  encodeKeys,
  listOldPartsInput,
  listPartsRequestsInput,
  OLD_PART_STATUS_LABELS,
} from '@asq/domain'
import type { z } from 'zod'
import type { Context } from '../../context'
import { dateCell, dateColumn, moneyColumn, timeColumn, yesNo, yuanCell } from '../../exports/export-cells'
import { columnsOf, describeExport, keysetRows, nextAfter, withFormat } from '../../exports/export-procedure'
import type { ExportFormat } from '../../exports/stream-export'
import type { Cell } from '../../reports/xlsx'
import { feeReaders, stationStaff } from './fee.roles'
import { todayOf } from './fee.service'

/** A list's filters without its page (an export has every row). */
const unpaged = { page: true, pageSize: true, q: true } as const
type Named = { dealerName?: string }

const OLD_PART_COLUMNS = columnsOf(
  '登记号 Registration no.',
  '服务站 Station',
  '配件编号 Part code',
  '产品线 Product line',
  '数量 Quantity',
  '序列号 Serial',
  dateColumn('更换日期 Replaced on'),
  dateColumn('返还期限 Return by'),
  '状态 Status',
  '逾期 Overdue',
  '备注 Note',
  timeColumn('上报时间 Reported'),
  timeColumn('收到时间 Received'),
)
const oldPartCells = (format: ExportFormat, today: string) => {
  const day = dateCell(format)
  return (r: OldPartRegistration & Named): Cell[] => [
    r.registrationNumber,
    r.dealerName ?? '',
    r.partCode,
    r.productLineCode,
    r.quantity,
    r.serial,
    day(r.replacedOn),
    day(r.returnDeadline),
    OLD_PART_STATUS_LABELS[r.status].zh,
    yesNo(r.status === 'registered' && today > r.returnDeadline),
    r.note,
    r.reportedAt,
    r.receivedAt,
  ]
}

const REQUEST_COLUMNS = columnsOf(
  '申请单号 Number',
  '服务站 Station',
  { header: '配件 Parts', width: 30 },
  '状态 Status',
  moneyColumn('成本合计(元) Cost total (yuan)'),
  dateColumn('预计发货 Ships by'),
  '确认人 Confirmed by',
  timeColumn('确认时间 Confirmed'),
  timeColumn('发货时间 Shipped'),
  timeColumn('收货时间 Received'),
  '申请人 Raised by',
  timeColumn('申请时间 Raised'),
  '备注 Note',
)
const requestCells = (format: ExportFormat) => {
  const day = dateCell(format)
  const yuan = yuanCell(format)
  return (r: DealerPartsRequest & Named): Cell[] => [
    r.number,
    r.dealerName ?? '',
    r.lines.map((l) => `${l.partCode}×${l.quantity}`).join('; '),
    DEALER_PARTS_REQUEST_STATUS_LABELS[r.status].zh,
    r.costTotalFen === null ? null : yuan(r.costTotalFen),
    day(r.estimatedShipDate),
    r.confirmedBy,
    r.confirmedAt,
    r.shippedAt,
    r.receivedAt,
    r.createdBy,
    r.createdAt,
    r.note,
  ]
}

type OldPartFilters = z.infer<typeof oldPartsInput>
const oldPartsInput = withFormat(listOldPartsInput.omit(unpaged))

/** The register with the list's filters, nearest return deadline first. */
function oldPartsFile(ctx: Context, f: OldPartFilters) {
  const today = todayOf(ctx)
  const { dealerId, status } = f
  const overdueAsOf = f.overdueOnly ? today : undefined
  return describeExport(ctx.clock(), 'old-parts', f.format, {
    sheet: '旧件登记 Old parts',
    columns: OLD_PART_COLUMNS,
    rows: keysetRows(
      async (after, limit) => {
        const { items } = await ctx.repos.fee.oldParts.list({
          ...{ dealerId, status, overdueAsOf, limit, offset: 0, after, uncounted: true },
        })
        const key = (r: OldPartRegistration) => encodeKeys([r.returnDeadline, r.registrationNumber])
        return { items, nextCursor: nextAfter(items, limit, key) }
      },
      oldPartCells(f.format, today),
    ),
  })
}

const requestsInput = withFormat(listPartsRequestsInput.omit(unpaged))

/** Parts requests with the list's filters, newest first. */
function requestsFile(ctx: Context, f: z.infer<typeof requestsInput>) {
  const { dealerId, status } = f
  return describeExport(ctx.clock(), 'parts-requests', f.format, {
    sheet: '配件申请 Parts requests',
    columns: REQUEST_COLUMNS,
    rows: keysetRows(async (after, limit) => {
      const { items } = await ctx.repos.fee.partsRequests.list({
        ...{ dealerId, status, limit, offset: 0, after, uncounted: true },
      })
      return { items, nextCursor: nextAfter(items, limit, (r) => encodeKeys([r.createdAt, r.id])) }
    }, requestCells(f.format)),
  })
}

/** HQ's registers as files: every station's, or the one filtered. */
export const feeHqExports = {
  exportOldParts: feeReaders()
    .meta({ export: true })
    .input(oldPartsInput)
    .query(({ ctx, input }) => oldPartsFile(ctx, input)),
  exportPartsRequests: feeReaders()
    .meta({ export: true })
    .input(requestsInput)
    .query(({ ctx, input }) => requestsFile(ctx, input)),
}

/** A station's own registers as files; never another station's. */
export const feeStationExports = {
  exportOldParts: stationStaff()
    .meta({ export: true })
    .input(oldPartsInput.omit({ dealerId: true }))
    .query(({ ctx, input }) => oldPartsFile(ctx, { ...input, dealerId: ctx.dealerId })),
  exportPartsRequests: stationStaff()
    .meta({ export: true })
    .input(requestsInput.omit({ dealerId: true }))
    .query(({ ctx, input }) => requestsFile(ctx, { ...input, dealerId: ctx.dealerId })),
}
