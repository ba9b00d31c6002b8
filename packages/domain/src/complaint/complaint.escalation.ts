import type { ClockName } from '../sla'
import { ESCALATION_LEVELS } from './complaint.entity'

/**
 * When a clock breaches, the case rises one level (station → region → HQ service → HQ management),
 * once per (clock, cycle): the database holds a unique key on exactly that, so a sweep running on two
 * servers, or twice, escalates each breach once.
 */
export const ESCALATION_LEVEL_LABELS = {
  station: { zh: '服务站', en: 'Station' },
  region: { zh: '区域经理', en: 'Regional manager' },
  hq_service: { zh: '总部服务部', en: 'HQ service' },
  hq_management: { zh: '总部管理层', en: 'HQ management' },
} as const

export const MAX_ESCALATION_LEVEL = ESCALATION_LEVELS.length - 1

export const nextEscalationLevel = (level: number) => Math.min(level + 1, MAX_ESCALATION_LEVEL)

export const escalationOwner = (level: number) =>
  ESCALATION_LEVELS[Math.min(Math.max(level, 0), MAX_ESCALATION_LEVEL)]!

export type Breach = { complaintId: string; clock: ClockName; cycle: number }

/** The e-mail to the next level; it names the case's owner (issue 17), the person it was waiting on. */
export function escalationMessage(
  number: string,
  clock: ClockName,
  level: number,
  ownerName: string | null = null,
) {
  const owner = ESCALATION_LEVEL_LABELS[escalationOwner(level)]
  return {
    subject: `投诉 ${number} 已升级 / Complaint ${number} escalated`,
    body: `投诉 ${number} 的时限（${clock}）已超时，已升级至${owner.zh}，负责人：${ownerName ?? '未指派'}。Complaint ${number} breached its ${clock} deadline and was escalated to ${owner.en}; owner: ${ownerName ?? 'unassigned'}.`,
  }
}
