import { chinaDateTime } from '../shared/china-time'
import type { Discipline } from './eightd.vocabulary'
import { DISCIPLINE_LABELS, EIGHTD_ESCALATION_LABELS, type EightdEscalationOwner } from './eightd.vocabulary'

/**
 * Where 8D messages go. Supplier accounts carry no mailbox of their own, so each supplier has two
 * role addresses derived from its organisation code (its quality contact and its management); HQ
 * purchasing has one address. The outbox delivers them (or logs them when no SMTP is configured).
 */
export function eightdRecipient(owner: EightdEscalationOwner, supplierCode: string): string {
  const org = supplierCode.toLowerCase().replace(/[^a-z0-9-]/g, '')
  if (owner === 'supplier_contact') return `quality@${org}.supplier.local`
  if (owner === 'supplier_management') return `management@${org}.supplier.local`
  return 'hq-purchasing@hq.local'
}

/** HQ quality's mailbox: reviewers hear that a step waits for them. */
export const EIGHTD_HQ_REVIEW_RECIPIENT = 'quality@hq.local'

export function stepSubmittedMessage(number: string, step: Discipline, supplierName: string) {
  const label = DISCIPLINE_LABELS[step]
  return {
    subject: `8D ${number} ${step} 待审核 / waiting for review`,
    body: `${supplierName} 提交了 8D ${number} 的 ${step}（${label.zh}），请在总部管理后台审核。${supplierName} submitted ${step} (${label.en}) of 8D ${number}; please review it in the HQ admin app.`,
  }
}

export function claimOpenedMessage(number: string, title: string, firstDue: Date) {
  return {
    subject: `新的 8D 索赔 ${number} / New 8D claim ${number}`,
    body: `总部质量部向贵司发起 8D 索赔 ${number}：${title}。请登录供应商门户填写 D0–D3，首个期限 ${chinaDateTime(firstDue)}（北京时间）。HQ quality opened 8D claim ${number} (${title}); please answer D0–D3 in the supplier portal, first deadline ${chinaDateTime(firstDue)} (Beijing time).`,
  }
}

export function changesRequestedMessage(number: string, step: Discipline, comment: string) {
  const label = DISCIPLINE_LABELS[step]
  return {
    subject: `8D ${number} ${step} 需修改 / changes requested`,
    body: `总部退回了 8D ${number} 的 ${step}（${label.zh}）：${comment}。HQ sent back ${step} (${label.en}) of 8D ${number}: ${comment}`,
  }
}

export function escalatedMessage(number: string, step: Discipline, owner: EightdEscalationOwner) {
  const label = EIGHTD_ESCALATION_LABELS[owner]
  const s = DISCIPLINE_LABELS[step]
  return {
    subject: `8D ${number} ${step} 已超期 / overdue`,
    body: `8D 索赔 ${number} 的 ${step}（${s.zh}）已超过期限，已升级至${label.zh}。8D claim ${number}: ${step} (${s.en}) is overdue and was escalated to ${label.en}.`,
  }
}
