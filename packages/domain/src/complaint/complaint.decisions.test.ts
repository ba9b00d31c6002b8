import { describe, expect, it } from 'vitest'
import { DomainError } from '../shared/errors'
import { decide, followUp, resumeFrom } from './complaint.commands'
import type { Complaint, NewComplaintEvent } from './complaint.entity'
import { type CommandName, commandInputs } from './complaint.schema'
import type { Status } from './complaint.status'

/**
 * Each command's whole decision, written out: the patch and every event with its visibility and data.
 * The transition tables (complaint.commands.test.ts) say *whether* a command may run; these rows say
 * *what it records* — what the customer's timeline shows, what the clocks read, what stays internal.
 */
import { at, now, v } from './complaint.test-fixtures'

const run = (c: Complaint, name: CommandName, input: Record<string, unknown>) =>
  decide(c, name, commandInputs[name].parse({ ...v, ...input }) as never, now)

const internal = (type: string, data: Record<string, unknown> = {}): NewComplaintEvent => ({
  type,
  visibility: 'internal',
  data,
})
const customer = (type: string, data: Record<string, unknown> = {}): NewComplaintEvent => ({
  type,
  visibility: 'customer',
  data,
})
const status = (from: Status, to: Status, reason: string | null = null) =>
  internal('status', { from, to, reason })

const story = {
  what: '大灯闪烁',
  when: '昨晚',
  where: '高速',
  who: '车主',
  tools: '仪表灯',
  otherParties: '',
  confirmedByCustomer: true,
}
const options = [{ title: '更换灯总成', description: '保修内免费' }]
const lines = [{ partCode: 'X7HL001', partName: '前大灯总成', quantity: 1 }]

type Row = [
  name: CommandName,
  from: Complaint,
  input: Record<string, unknown>,
  patch: Partial<Complaint>,
  events: NewComplaintEvent[],
]
const ROWS: Row[] = [
  [
    'respond',
    at('new'),
    { contactChannel: 'phone', note: '已致电' },
    { status: 'responded' },
    [status('new', 'responded'), customer('responded', { contactChannel: 'phone', note: '已致电' })],
  ],
  [
    'startHandling',
    at('responded'),
    {},
    { status: 'in_progress' },
    [status('responded', 'in_progress'), customer('handling_started')],
  ],
  [
    'recordStory',
    at('in_progress'),
    { story, mindsets: ['venting', 'compensation'] },
    { story, mindsets: ['venting', 'compensation'] },
    [internal('story_recorded', { confirmed: true })],
  ],
  [
    'proposeSolutions',
    at('in_progress'),
    { options },
    { solutions: options },
    [customer('solutions_proposed', { options })],
  ],
  [
    'checkStock',
    at('in_progress'),
    { partCode: 'X7HL001', partName: '前大灯总成', result: 'out_of_stock', note: '缺货' },
    {},
    [
      customer('stock_checked', {
        partCode: 'X7HL001',
        partName: '前大灯总成',
        result: 'out_of_stock',
        note: '缺货',
      }),
    ],
  ],
  [
    'raisePartsRequest',
    at('in_progress'),
    { lines },
    { status: 'awaiting_parts' },
    [
      status('in_progress', 'awaiting_parts', 'parts-support request raised'),
      customer('parts_requested', { lines }),
    ],
  ],
  [
    'waitForCustomer',
    at('in_progress'),
    { reason: '请补充照片' },
    { status: 'awaiting_customer' },
    [
      status('in_progress', 'awaiting_customer', '请补充照片'),
      customer('waiting_for_customer', { reason: '请补充照片' }),
    ],
  ],
  [
    'customerBack',
    at('awaiting_customer'),
    { note: '照片已发' },
    { status: 'in_progress' },
    [
      status('awaiting_customer', 'in_progress', 'customer back'),
      internal('customer_back', { note: '照片已发' }),
    ],
  ],
  [
    'requestTechSupport',
    at('in_progress'),
    { question: '闪烁原因？' },
    { status: 'awaiting_tech' },
    [status('in_progress', 'awaiting_tech', 'technical support requested'), customer('tech_requested')],
  ],
  [
    'proposeCompensation',
    at('in_progress'),
    { type: 'gift', amountFen: 12_345, note: '手电筒' },
    {},
    [internal('compensation_proposed', { type: 'gift', amountFen: 12_345, note: '手电筒' })],
  ],
  [
    'resolve',
    at('in_progress'),
    { result: '已更换灯总成' },
    { status: 'resolved', result: '已更换灯总成' },
    [status('in_progress', 'resolved'), customer('resolved', { result: '已更换灯总成' })],
  ],
  [
    'startFollowUp',
    at('resolved', { result: '已更换' }),
    {},
    { status: 'follow_up' },
    [status('resolved', 'follow_up'), customer('follow_up_started')],
  ],
  [
    'reopen',
    at('closed', { result: '已更换', closedAt: now }),
    { reason: '又坏了' },
    { status: 'in_progress', closedAt: null, followUp: null },
    [status('closed', 'in_progress', 'reopened'), customer('reopened', { reason: '又坏了' })],
  ],
  [
    'assign',
    at('in_progress'),
    { responsibleUnit: 'supplier' },
    { responsibleUnit: 'supplier' },
    [internal('assigned', { responsibleUnit: 'supplier', stationId: 'st' })],
  ],
  [
    'assign',
    at('new', { stationId: null }),
    { responsibleUnit: 'station', stationId: '22222222-2222-4222-8222-222222222222' },
    { responsibleUnit: 'station', stationId: '22222222-2222-4222-8222-222222222222' },
    [internal('assigned', { responsibleUnit: 'station', stationId: '22222222-2222-4222-8222-222222222222' })],
  ],
  [
    'recordCountermeasure',
    at('in_progress', { responsibleUnit: 'station' }),
    { countermeasure: '培训顾问' },
    {},
    [internal('countermeasure', { countermeasure: '培训顾问' })],
  ],
  [
    'reclassify',
    at('in_progress'),
    { severity: 'major', kind: 'claim' },
    { severity: 'major', kind: 'claim' },
    [
      internal('reclassified', {
        from: { severity: 'general', kind: 'appeal' },
        severity: 'major',
        kind: 'claim',
      }),
    ],
  ],
  [
    'addNote',
    at('closed', { result: 'x' }),
    { note: '内部备注' },
    {},
    [internal('note', { note: '内部备注' })],
  ],
]

describe('what each command records', () => {
  it.each(ROWS.map((r, i) => [`${r[0]} #${i}`, ...r] as const))(
    '%s',
    (_, name, from, input, patch, events) => {
      expect(run(from, name, input)).toEqual({ patch, events })
    },
  )
})

describe('refusals name their reason (code)', () => {
  const code = (f: () => unknown) => {
    try {
      f()
    } catch (e) {
      if (e instanceof DomainError) return { kind: e.kind, code: e.code, field: e.field }
      throw e
    }
    return 'accepted'
  }
  it.each([
    ['proposeSolutions', at('responded'), { options }, 'COMPLAINT.NOT_IN_PROGRESS'],
    [
      'checkStock',
      at('awaiting_parts'),
      { partCode: 'P', partName: 'n', result: 'own_stock', note: '' },
      'COMPLAINT.NOT_IN_PROGRESS',
    ],
    ['customerBack', at('in_progress'), { note: '' }, 'COMPLAINT.NOT_WAITING'],
    ['startFollowUp', at('resolved'), {}, 'COMPLAINT.NO_RESULT'],
    ['reopen', at('in_progress'), { reason: 'x' }, 'COMPLAINT.NOT_REOPENABLE'],
    ['recordCountermeasure', at('in_progress'), { countermeasure: 'x' }, 'COMPLAINT.NOT_ASSIGNED'],
    ['recordStory', at('closed', { result: 'x' }), { story, mindsets: [] }, 'COMPLAINT.CLOSED'],
    [
      'proposeCompensation',
      at('closed', { result: 'x' }),
      { type: 'gift', amountFen: 1, note: '礼品' },
      'COMPLAINT.CLOSED',
    ],
  ] as [CommandName, Complaint, Record<string, unknown>, string][])(
    '%s refused (%#)',
    (name, from, input, expected) => {
      expect(code(() => run(from, name, input))).toEqual({
        kind: 'PRECONDITION',
        code: expected,
        field: undefined,
      })
    },
  )
  it('the follow-up answer outside follow-up, and closing without a result', () => {
    expect(code(() => followUp(at('resolved', { result: 'x' }), true, '', 'staff', now))).toEqual({
      kind: 'PRECONDITION',
      code: 'COMPLAINT.NOT_IN_FOLLOW_UP',
      field: undefined,
    })
    expect(code(() => followUp(at('follow_up'), true, '', 'staff', now))).toEqual({
      kind: 'PRECONDITION',
      code: 'COMPLAINT.NO_RESULT',
      field: undefined,
    })
  })
  it('an unknown command is bad input', () => {
    expect(code(() => decide(at('new'), 'nope' as CommandName, {} as never, now))).toEqual({
      kind: 'BAD_INPUT',
      code: 'COMPLAINT.UNKNOWN_COMMAND',
      field: undefined,
    })
  })
})

describe('the follow-up answer', () => {
  const c = at('follow_up', { result: '已更换' })
  it('satisfied: closes with the answer and the time', () => {
    expect(followUp(c, true, '满意', 'customer', now)).toEqual({
      patch: {
        status: 'closed',
        followUp: { satisfied: true, note: '满意', at: now, by: 'customer' },
        closedAt: now,
      },
      events: [
        status('follow_up', 'closed'),
        customer('follow_up_recorded', { satisfied: true, note: '满意', by: 'customer' }),
        customer('closed'),
      ],
    })
  })
  it("not satisfied: back to work, the customer's words are the reason", () => {
    expect(followUp(c, false, '灯还是闪', 'customer', now)).toEqual({
      patch: {
        status: 'in_progress',
        followUp: { satisfied: false, note: '灯还是闪', at: now, by: 'customer' },
      },
      events: [
        status('follow_up', 'in_progress', 'customer not satisfied'),
        customer('follow_up_recorded', { satisfied: false, note: '灯还是闪', by: 'customer' }),
        customer('reopened', { reason: '灯还是闪' }),
      ],
    })
  })
  it('not satisfied without words: a stated default reason', () => {
    const d = followUp(c, false, '', 'staff', now)
    expect(d.events[2]).toEqual(customer('reopened', { reason: '客户表示未解决 customer not satisfied' }))
  })
  it('the staff call records the answer as staff', () => {
    const d = run(c, 'recordFollowUp', { satisfied: true, note: '电话回访满意' })
    expect(d.patch.followUp).toEqual({ satisfied: true, note: '电话回访满意', at: now, by: 'staff' })
  })
})

describe('parts arrived or HQ answered', () => {
  const arrived = internal('parts_status', { status: 'arrived' })
  it.each([
    ['awaiting_parts', 'parts received'],
    ['awaiting_tech', 'technical support answered'],
  ] as const)('from %s: back to work, reason "%s"', (waiting, reason) => {
    expect(resumeFrom(at(waiting), waiting, arrived)).toEqual({
      patch: { status: 'in_progress' },
      events: [status(waiting, 'in_progress', reason), arrived],
    })
  })
  it('when the case is no longer waiting, only the event is logged', () => {
    expect(resumeFrom(at('in_progress'), 'awaiting_parts', arrived)).toEqual({ patch: {}, events: [arrived] })
  })
})
