import { describe, expect, it } from 'vitest'
import { expectBilingualLabels } from '../shared/labels.test-fixtures'
import {
  DEADLINE_SCOPES,
  DEALER_PARTS_REQUEST_STATUS_LABELS,
  DEALER_PARTS_REQUEST_STATUSES,
  LINE_KIND_LABELS,
  LINE_KINDS,
  OLD_PART_STATUS_LABELS,
  OLD_PART_STATUSES,
  QUOTE_STATUS_LABELS,
  QUOTE_STATUSES,
  STANDARD_STATUS_LABELS,
  STANDARD_STATUSES,
  START_BASES,
  USAGE_UNIT_LABELS,
  USAGE_UNITS,
} from './fee.vocabulary'

type Labels = Record<string, { zh: string; en: string }>
/** A label table in one line: `value 中文/English; …`, in the order the table lists them. */
const read = (labels: Labels) =>
  Object.entries(labels)
    .map(([k, l]) => `${k} ${l.zh}/${l.en}`)
    .join('; ')

describe('the fee vocabularies, value by value, as the UI shows them', () => {
  it('the values of each vocabulary, exactly', () => {
    expect({
      lineKinds: LINE_KINDS.join(' '),
      usageUnits: USAGE_UNITS.join(' '),
      startBases: START_BASES.join(' '),
      standardStatuses: STANDARD_STATUSES.join(' '),
      quoteStatuses: QUOTE_STATUSES.join(' '),
      oldPartStatuses: OLD_PART_STATUSES.join(' '),
      partsRequestStatuses: DEALER_PARTS_REQUEST_STATUSES.join(' '),
      deadlineScopes: DEADLINE_SCOPES.join(' '),
    }).toEqual({
      lineKinds: 'part labour callout extra',
      usageUnits: 'km hours',
      startBases: 'purchase delivery',
      standardStatuses: 'proposed approved rejected',
      quoteStatuses: 'open final',
      oldPartStatuses: 'registered reported received called_in',
      partsRequestStatuses: 'requested confirmed shipped received',
      deadlineScopes: 'part line default',
    })
  })

  it('every label in Chinese and English, exactly', () => {
    expect({
      lineKinds: read(LINE_KIND_LABELS),
      usageUnits: read(USAGE_UNIT_LABELS),
      standardStatuses: read(STANDARD_STATUS_LABELS),
      quoteStatuses: read(QUOTE_STATUS_LABELS),
      oldPartStatuses: read(OLD_PART_STATUS_LABELS),
      partsRequestStatuses: read(DEALER_PARTS_REQUEST_STATUS_LABELS),
    }).toEqual({
      lineKinds:
        'part 配件/Part; labour 工时/Labour; callout 外出服务费/Call-out; extra 附加服务/Extra service',
      usageUnits: 'km 公里/km; hours 小时/hours',
      standardStatuses:
        'proposed 待审批/Awaiting approval; approved 已批准/Approved; rejected 已驳回/Rejected',
      quoteStatuses: 'open 待确认/Open; final 已确认/Final',
      oldPartStatuses:
        'registered 已登记/Registered; reported 已上报/Reported; received 总部已收/Received by HQ; called_in 总部调回/Called in',
      partsRequestStatuses:
        'requested 已申请/Requested; confirmed 已确认/Confirmed; shipped 已发货/Shipped; received 已收货/Received',
    })
  })

  it('each table labels every value of its vocabulary and no other, each label distinct', () => {
    expectBilingualLabels(LINE_KINDS, LINE_KIND_LABELS)
    expectBilingualLabels(USAGE_UNITS, USAGE_UNIT_LABELS)
    expectBilingualLabels(STANDARD_STATUSES, STANDARD_STATUS_LABELS)
    expectBilingualLabels(QUOTE_STATUSES, QUOTE_STATUS_LABELS)
    expectBilingualLabels(OLD_PART_STATUSES, OLD_PART_STATUS_LABELS)
    expectBilingualLabels(DEALER_PARTS_REQUEST_STATUSES, DEALER_PARTS_REQUEST_STATUS_LABELS)
  })
})
