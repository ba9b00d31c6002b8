import { describe, expect, it } from 'vitest'
import { REASON_CODES, reason } from './fee.reasons'

const KM = { unitZh: '公里', unitEn: 'km' }

describe('the plain-language reason next to each charge', () => {
  it('the reason codes, exactly', () => {
    expect(REASON_CODES.join(' ')).toBe(
      'IN_WARRANTY OUT_BY_MONTHS OUT_BY_USAGE OUT_BY_MONTHS_AND_USAGE NO_WARRANTY_TERMS EXTRA_NOT_COVERED',
    )
  })

  it.each([
    [
      'in warranty with a usage limit',
      'IN_WARRANTY',
      { months: 36, usageLimit: 100_000, ...KM, lastCoveredDay: '2027-06-20' },
      '在保修期内（36个月或100000公里，以先到者为准，保修至2027-06-20（含当日）），您无需支付。',
      'Under warranty (36 months or 100000 km, whichever comes first; 2027-06-20 is the last covered day): free of charge to you.',
    ],
    [
      'in warranty without a usage limit',
      'IN_WARRANTY',
      { months: 24, usageLimit: null, ...KM, lastCoveredDay: '2026-01-15' },
      '在保修期内（24个月，以先到者为准，保修至2026-01-15（含当日）），您无需支付。',
      'Under warranty (24 months, whichever comes first; 2026-01-15 is the last covered day): free of charge to you.',
    ],
    [
      'in warranty, usage limit 0 still named',
      'IN_WARRANTY',
      { months: 12, usageLimit: 0, unitZh: '小时', unitEn: 'hours', lastCoveredDay: '2026-01-15' },
      '在保修期内（12个月或0小时，以先到者为准，保修至2026-01-15（含当日）），您无需支付。',
      'Under warranty (12 months or 0 hours, whichever comes first; 2026-01-15 is the last covered day): free of charge to you.',
    ],
    [
      'out by months',
      'OUT_BY_MONTHS',
      { months: 24, usageLimit: 100_000, ...KM, lastCoveredDay: '2026-02-28' },
      '已超过24个月保修期（最后保修日为2026-02-28），按收费标准收费。',
      "The 24-month warranty's last covered day was 2026-02-28; charged by the published fee standard.",
    ],
    [
      'out by usage',
      'OUT_BY_USAGE',
      { months: 36, usageLimit: 2000, usage: 2100, unitZh: '小时', unitEn: 'hours' },
      '使用已达2100小时，超过保修上限2000小时，按收费标准收费。',
      'Usage of 2100 hours is beyond the warranty limit of 2000 hours; charged by the published fee standard.',
    ],
    [
      'out by months and usage',
      'OUT_BY_MONTHS_AND_USAGE',
      { months: 36, usageLimit: 100_000, usage: 120_000, ...KM },
      '保修期（36个月）与保修里程（100000公里）均已超过，按收费标准收费。',
      'Both the 36-month period and the 100000 km limit are exceeded; charged by the published fee standard.',
    ],
    [
      'no warranty terms',
      'NO_WARRANTY_TERMS',
      {},
      '该项目不在保修条款范围内，按收费标准收费。',
      'No warranty terms cover this item; charged by the published fee standard.',
    ],
    [
      'an extra service',
      'EXTRA_NOT_COVERED',
      {},
      '附加服务不属于保修范围，按收费标准收费。',
      'Extra services are not covered by the warranty; charged by the published fee standard.',
    ],
  ] as const)('%s', (_n, code, params, zh, en) => {
    expect(reason(code, params)).toEqual({ code, zh, en })
  })

  it('without parameters a fixed reason reads the same', () => {
    expect(reason('NO_WARRANTY_TERMS')).toEqual(reason('NO_WARRANTY_TERMS', {}))
  })
})
