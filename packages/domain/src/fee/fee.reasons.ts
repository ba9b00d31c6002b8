/** Why a line is (not) under warranty, or why it costs what it costs: a stable code and plain words. */
export const REASON_CODES = [
  'IN_WARRANTY',
  'OUT_BY_MONTHS',
  'OUT_BY_USAGE',
  'OUT_BY_MONTHS_AND_USAGE',
  'NO_WARRANTY_TERMS',
  'EXTRA_NOT_COVERED',
] as const
export type ReasonCode = (typeof REASON_CODES)[number]

export type Reason = { code: ReasonCode; zh: string; en: string }

export type ReasonParams = {
  months?: number
  lastCoveredDay?: string
  usageLimit?: number | null
  usage?: number
  unitZh?: string
  unitEn?: string
}

/** The plain-language reason a customer reads next to each charge. */
export function reason(code: ReasonCode, p: ReasonParams = {}): Reason {
  const limitZh = p.usageLimit != null ? `或${p.usageLimit}${p.unitZh}` : ''
  const limitEn = p.usageLimit != null ? ` or ${p.usageLimit} ${p.unitEn}` : ''
  const texts: Record<ReasonCode, [string, string]> = {
    IN_WARRANTY: [
      `在保修期内（${p.months}个月${limitZh}，以先到者为准，保修至${p.lastCoveredDay}（含当日）），您无需支付。`,
      `Under warranty (${p.months} months${limitEn}, whichever comes first; ${p.lastCoveredDay} is the last covered day): free of charge to you.`,
    ],
    OUT_BY_MONTHS: [
      `已超过${p.months}个月保修期（最后保修日为${p.lastCoveredDay}），按收费标准收费。`,
      `The ${p.months}-month warranty's last covered day was ${p.lastCoveredDay}; charged by the published fee standard.`,
    ],
    OUT_BY_USAGE: [
      `使用已达${p.usage}${p.unitZh}，超过保修上限${p.usageLimit}${p.unitZh}，按收费标准收费。`,
      `Usage of ${p.usage} ${p.unitEn} is beyond the warranty limit of ${p.usageLimit} ${p.unitEn}; charged by the published fee standard.`,
    ],
    OUT_BY_MONTHS_AND_USAGE: [
      `保修期（${p.months}个月）与保修里程（${p.usageLimit}${p.unitZh}）均已超过，按收费标准收费。`,
      `Both the ${p.months}-month period and the ${p.usageLimit} ${p.unitEn} limit are exceeded; charged by the published fee standard.`,
    ],
    NO_WARRANTY_TERMS: [
      '该项目不在保修条款范围内，按收费标准收费。',
      'No warranty terms cover this item; charged by the published fee standard.',
    ],
    EXTRA_NOT_COVERED: [
      '附加服务不属于保修范围，按收费标准收费。',
      'Extra services are not covered by the warranty; charged by the published fee standard.',
    ],
  }
  const [zh, en] = texts[code]
  return { code, zh, en }
}
