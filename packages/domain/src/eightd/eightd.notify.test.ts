import { describe, expect, it } from 'vitest'
import {
  changesRequestedMessage,
  claimOpenedMessage,
  EIGHTD_HQ_REVIEW_RECIPIENT,
  eightdRecipient,
  escalatedMessage,
  stepSubmittedMessage,
} from './eightd.notify'
import { eightdNumber, eightdYear } from './eightd.number'

describe('8D mail recipients', () => {
  it.each([
    ['supplier_contact', 'S-LAMP', 'quality@s-lamp.supplier.local'],
    ['supplier_management', 'S-LAMP', 'management@s-lamp.supplier.local'],
    ['hq_purchasing', 'S-LAMP', 'hq-purchasing@hq.local'],
    ['supplier_contact', 'S_LAMP 01', 'quality@slamp01.supplier.local'],
    ['supplier_management', 'Ab.C@d-9', 'management@abcd-9.supplier.local'],
    ['supplier_contact', '灯具A', 'quality@a.supplier.local'],
  ] as const)('%s of %j → %s', (owner, code, address) => {
    expect(eightdRecipient(owner, code)).toBe(address)
  })
  it('HQ quality reviews at its own mailbox', () => {
    expect(EIGHTD_HQ_REVIEW_RECIPIENT).toBe('quality@hq.local')
  })
})

describe('8D messages, Chinese first then English', () => {
  it('a step waits for review', () => {
    expect(stepSubmittedMessage('8D-2026-00012', 'D3', '光明灯具')).toEqual({
      subject: '8D 8D-2026-00012 D3 待审核 / waiting for review',
      body: '光明灯具 提交了 8D 8D-2026-00012 的 D3（临时遏制措施），请在总部管理后台审核。光明灯具 submitted D3 (Interim containment) of 8D 8D-2026-00012; please review it in the HQ admin app.',
    })
  })
  it('a claim is opened, with its first deadline in Beijing time', () => {
    expect(claimOpenedMessage('8D-2026-00012', '大灯闪烁', new Date('2026-11-25T02:30:00Z'))).toEqual({
      subject: '新的 8D 索赔 8D-2026-00012 / New 8D claim 8D-2026-00012',
      body: '总部质量部向贵司发起 8D 索赔 8D-2026-00012：大灯闪烁。请登录供应商门户填写 D0–D3，首个期限 2026-11-25 10:30（北京时间）。HQ quality opened 8D claim 8D-2026-00012 (大灯闪烁); please answer D0–D3 in the supplier portal, first deadline 2026-11-25 10:30 (Beijing time).',
    })
  })
  it('changes are requested, with HQ’s comment', () => {
    expect(changesRequestedMessage('8D-2026-00012', 'D4', '请补充验证数据')).toEqual({
      subject: '8D 8D-2026-00012 D4 需修改 / changes requested',
      body: '总部退回了 8D 8D-2026-00012 的 D4（根本原因分析）：请补充验证数据。HQ sent back D4 (Root cause analysis) of 8D 8D-2026-00012: 请补充验证数据',
    })
  })
  it('a step is overdue and escalated', () => {
    expect(escalatedMessage('8D-2026-00012', 'D5', 'supplier_management')).toEqual({
      subject: '8D 8D-2026-00012 D5 已超期 / overdue',
      body: '8D 索赔 8D-2026-00012 的 D5（永久纠正措施）已超过期限，已升级至供应商管理层。8D claim 8D-2026-00012: D5 (Permanent corrective action) is overdue and was escalated to Supplier management.',
    })
  })
})

describe('8D claim numbers', () => {
  it.each([
    [2026, 1, '8D-2026-00001'],
    [2026, 12, '8D-2026-00012'],
    [2027, 99_999, '8D-2027-99999'],
    [2027, 123_456, '8D-2027-123456'],
  ])('year %i, sequence %i → %s', (year, seq, number) => {
    expect(eightdNumber(year, seq)).toBe(number)
  })
  it.each([
    ['2026-12-31T15:59:59Z', 2026],
    ['2026-12-31T16:00:00Z', 2027],
    ['2027-01-01T00:00:00Z', 2027],
  ])('opened at %s (UTC) counts in %i, the year in China', (at, year) => {
    expect(eightdYear(new Date(at))).toBe(year)
  })
})
