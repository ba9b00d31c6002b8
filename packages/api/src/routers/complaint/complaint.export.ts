import type { ComplaintListItem } from '@asq/domain'
import { CAUSE_LABELS, KIND_LABELS, SEVERITY_LABELS, STATUS_LABELS, toCsv } from '@asq/domain'

/** The desk's CSV export: one row per complaint, Chinese labels, cells safe to open in a spreadsheet. */
export function complaintsCsv(items: ComplaintListItem[]): string {
  const header = [
    '编号 Number',
    '状态 Status',
    '类别 Kind',
    '严重度 Severity',
    '原因 Cause',
    '客户 Customer',
    '服务站 Station',
    '摘要 Summary',
    '受理时间 Opened (UTC)',
    '最近期限 Next due (UTC)',
    '升级级别 Level',
  ]
  const rows = items.map((c) => [
    c.number,
    STATUS_LABELS[c.status].zh,
    KIND_LABELS[c.kind].zh,
    SEVERITY_LABELS[c.severity].zh,
    CAUSE_LABELS[c.cause].zh,
    c.customerName,
    c.stationName ?? '',
    c.summary,
    c.openedAt.toISOString(),
    c.nextDueAt?.toISOString() ?? '',
    String(c.escalationLevel),
  ])
  return toCsv([header, ...rows])
}
