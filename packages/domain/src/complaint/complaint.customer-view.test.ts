import { describe, expect, it } from 'vitest'
import type { ClockState } from '../sla/sla.clocks'
import { CUSTOMER_EVENT_TEXT, customerProgress, customerTimeline } from './complaint.customer-view'
import type { ComplaintEvent } from './complaint.entity'
import { STATUSES } from './complaint.status'

/**
 * The customer's window on their case: which events and which of their fields they may read, and the
 * words shown for each status. Internal detail must never leak; every status must say something.
 */
const at = new Date('2026-11-24T00:00:00Z')
const ev = (
  type: string,
  visibility: 'customer' | 'internal',
  data: Record<string, unknown> = {},
): ComplaintEvent => ({ id: type, complaintId: 'c', at, type, visibility, actorLabel: '王顾问', data })

const HAN = /\p{Script=Han}/u

describe('the customer timeline shows exactly the fields a customer may read', () => {
  const secret = { internalCost: 999, handlerNote: '客户难缠' }
  it.each([
    ['opened', {}, {}],
    ['responded', { contactChannel: 'phone', note: '已致电' }, {}],
    ['solutions_proposed', { options: [{ title: '更换' }] }, { options: [{ title: '更换' }] }],
    ['parts_requested', { lines: [{ partCode: 'P1' }] }, { lines: [{ partCode: 'P1' }] }],
    ['parts_status', { status: 'shipped', eta: '2026-11-30' }, { status: 'shipped', eta: '2026-11-30' }],
    ['resolved', { result: '已更换' }, { result: '已更换' }],
    ['compensation_offered', { type: 'gift', amountFen: 5000 }, { type: 'gift', amountFen: 5000 }],
    ['follow_up_recorded', { satisfied: true, note: '满意', by: 'staff' }, { satisfied: true }],
    [
      'follow_up_recorded',
      { satisfied: false, note: '还是闪', by: 'customer' },
      { satisfied: false, note: '还是闪' },
    ],
    [
      'stock_checked',
      { partName: '大灯', result: 'own_stock', partCode: 'X7' },
      { partName: '大灯', result: 'own_stock' },
    ],
    ['waiting_for_customer', { reason: '请补充照片' }, {}],
    ['reopened', { reason: '又坏了' }, {}],
  ] as const)('%s (row %#)', (type, data, shown) => {
    const [entry] = customerTimeline([ev(type, 'customer', { ...data, ...secret })])
    expect(entry).toEqual({ at, type, text: CUSTOMER_EVENT_TEXT[type], data: shown })
  })
  it('a field the event lacks is not invented', () => {
    expect(customerTimeline([ev('parts_status', 'customer', { status: 'shipped' })])[0]!.data).toEqual({
      status: 'shipped',
    })
  })
  it('an internal event is hidden even when its type has customer words', () => {
    expect(customerTimeline([ev('resolved', 'internal', { result: 'x' }), ev('opened', 'customer')])).toEqual(
      [{ at, type: 'opened', text: CUSTOMER_EVENT_TEXT.opened, data: {} }],
    )
  })
  it('a customer-visible event without customer words is hidden too', () => {
    expect(customerTimeline([ev('status', 'customer', { to: 'x' })])).toEqual([])
  })
  it('every event a customer can see reads in Chinese and in English, each differently', () => {
    const texts = Object.values(CUSTOMER_EVENT_TEXT)
    for (const t of texts) {
      expect(t.zh).toMatch(HAN)
      expect(t.en).toMatch(/^[A-Z]/)
    }
    expect(new Set(texts.map((t) => t.zh)).size).toBe(texts.length)
    expect(new Set(texts.map((t) => t.en)).size).toBe(texts.length)
  })
})

describe('where the case stands, in the customer’s words', () => {
  const clock = (c: 'response' | 'resolution', dueAt: Date, stoppedAt: Date | null): ClockState => ({
    clock: c,
    cycle: 1,
    startedAt: at,
    dueAt,
    stoppedAt,
    state: stoppedAt ? 'met' : 'running',
    remainingMs: 1,
    budgetMs: 1,
    nearBreach: false,
    owner: 'station',
    pauses: [],
  })
  it('every status has its own status words and next step, in both languages', () => {
    const shown = STATUSES.map((s) => customerProgress({ status: s }, []))
    for (const p of shown) {
      expect(p.status.zh).toMatch(HAN)
      expect(p.nextStep.zh).toMatch(HAN)
      expect(p.status.en).toMatch(/^[A-Z]/)
      expect(p.nextStep.en).toMatch(/^[A-Z]/)
    }
    // Each status reads differently to the customer (new ≠ responded ≠ …), and so does what comes next.
    expect(new Set(shown.map((p) => p.status.zh)).size).toBe(STATUSES.length)
    expect(new Set(shown.map((p) => p.status.en)).size).toBe(STATUSES.length)
    expect(new Set(shown.map((p) => p.nextStep.zh)).size).toBe(STATUSES.length)
    expect(new Set(shown.map((p) => p.nextStep.en)).size).toBe(STATUSES.length)
  })
  it('the running clock of the promise, not a stopped run of it or the other clock', () => {
    const old = new Date('2026-11-20T00:00:00Z')
    const due = new Date('2026-11-27T00:00:00Z')
    const clocks = [
      clock('response', new Date('2026-11-25T00:00:00Z'), null),
      clock('resolution', old, old),
      clock('resolution', due, null),
    ]
    expect(customerProgress({ status: 'in_progress' }, clocks)).toMatchObject({
      dueAt: due,
      dueKind: 'completion',
    })
    expect(customerProgress({ status: 'awaiting_parts' }, clocks).dueAt).toEqual(due)
  })
  it('a new case promises the first contact; no running clock, no date', () => {
    const due = new Date('2026-11-25T00:00:00Z')
    expect(customerProgress({ status: 'new' }, [clock('response', due, null)])).toMatchObject({
      dueAt: due,
      dueKind: 'first_contact',
    })
    expect(customerProgress({ status: 'new' }, [clock('response', due, at)]).dueAt).toBeNull()
  })
})
