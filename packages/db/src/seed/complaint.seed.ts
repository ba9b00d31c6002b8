import type { Complaint, NewComplaintEvent } from '@asq/domain'
import { complaintClocks, complaintNumber, DEFAULT_SLA_SETTINGS, makeCalendar } from '@asq/domain'
import type { Database } from '../client'
import {
  compensations,
  complaintCounters,
  complaintEvents,
  complaints,
  partsSupportRequests,
  techSupportRequests,
} from '../schema'
import type { ContextSeed } from './steps'

const H = 3_600_000
type Step = { after: number; by: string; events: NewComplaintEvent[] }
const c = (type: string, data: Record<string, unknown> = {}): NewComplaintEvent => ({
  type,
  visibility: 'customer',
  data,
})
const i = (type: string, data: Record<string, unknown> = {}): NewComplaintEvent => ({
  type,
  visibility: 'internal',
  data,
})
const to = (status: string, from: string, reason: string | null = null) =>
  i('status', { from, to: status, reason })

type CaseSeed = {
  story: string
  kind: Complaint['kind']
  severity: Complaint['severity']
  cause: Complaint['cause']
  channel: Complaint['channel']
  status: Complaint['status']
  openedHoursAgo: number
  summary: string
  description: string
  result?: string
  steps: Step[]
}

/** The seven real cases of the complaint-handling training, each at a telling point of its life. */
const CASES: CaseSeed[] = [
  {
    story: 'first-service-charged',
    kind: 'non_quality',
    severity: 'general',
    cause: 'fees',
    channel: 'hq_hotline',
    status: 'closed',
    openedHoursAgo: 240,
    summary: '首次保养被收费 First service was charged',
    description:
      '客户不理解首保为何收费。The customer did not understand why the first maintenance was charged.',
    result:
      '服务总监解释首保范围与收费项目并致歉；原因：服务顾问解释不完整。The service director explained the first-service scope and apologised.',
    steps: [
      {
        after: 2,
        by: 'bj.manager',
        events: [to('responded', 'new'), c('responded', { contactChannel: 'phone', note: '致电客户致歉' })],
      },
      { after: 3, by: 'bj.manager', events: [to('in_progress', 'responded'), c('handling_started')] },
      {
        after: 20,
        by: 'bj.manager',
        events: [to('resolved', 'in_progress'), c('resolved', { result: '解释首保收费并致歉' })],
      },
      { after: 22, by: 'bj.manager', events: [to('follow_up', 'resolved'), c('follow_up_started')] },
      {
        after: 30,
        by: 'bj.manager',
        events: [
          c('follow_up_recorded', { satisfied: true, by: 'staff' }),
          to('closed', 'follow_up'),
          c('closed'),
        ],
      },
    ],
  },
  {
    story: 'headlamp-flicker',
    kind: 'appeal',
    severity: 'major',
    cause: 'product_defect',
    channel: 'portal',
    status: 'awaiting_tech',
    openedHoursAgo: 190,
    summary: '前大灯闪烁，调整后仍闪 Headlamp still flickers after adjustment',
    description:
      '调整过一次仍然闪烁；服务站称需订购大灯总成，一周后才告知需总部技术支持。Adjusted once, still flickers; a week later the station said it awaits HQ support.',
    steps: [
      {
        after: 20,
        by: 'bj.staff',
        events: [to('responded', 'new'), c('responded', { contactChannel: 'phone', note: '已回电' })],
      },
      {
        after: 21,
        by: 'bj.staff',
        events: [
          to('in_progress', 'responded'),
          c('handling_started'),
          c('stock_checked', {
            partCode: 'X7HL001',
            partName: '前大灯总成 Headlamp assembly',
            result: 'out_of_stock',
            note: '',
          }),
        ],
      },
      {
        after: 160,
        by: 'bj.staff',
        events: [
          to('awaiting_tech', 'in_progress', 'technical support requested'),
          c('tech_requested'),
          i('tech_question', { question: '更换大灯后仍闪烁，是否线束或控制模块问题？' }),
        ],
      },
    ],
  },
  {
    story: 'blower-motor-quote',
    kind: 'appeal',
    severity: 'general',
    cause: 'fees',
    channel: 'dealer',
    status: 'in_progress',
    openedHoursAgo: 30,
    summary: '鼓风机报价从约200元变为1000元以上 Blower quote rose from ~200 to over 1,000 yuan',
    description:
      '保养后空调异响；顾问报错配件，实价超过1000元。A/C rattles after maintenance; the advisor quoted the wrong part.',
    steps: [
      {
        after: 1,
        by: 'sh.manager',
        events: [
          to('responded', 'new'),
          c('responded', { contactChannel: 'on_site', note: '当面致歉并出示价格标准' }),
        ],
      },
      {
        after: 2,
        by: 'sh.manager',
        events: [
          to('in_progress', 'responded'),
          c('handling_started'),
          c('compensation_offered', { type: 'discount', amountFen: 20_000 }),
        ],
      },
    ],
  },
  {
    story: 'promised-gift',
    kind: 'non_quality',
    severity: 'general',
    cause: 'broken_promise',
    channel: 'phone',
    status: 'resolved',
    openedHoursAgo: 50,
    summary: '承诺的赠品（手电筒）没有了 The promised torch was gone',
    description:
      '电话确认检测活动赠送手电筒，到店后赠品已发完，顾问争辩。The advisor argued instead of making amends.',
    result:
      '站长致歉，补送手电筒并赠送一次免费检测。The manager apologised, sent the torch and a free check.',
    steps: [
      {
        after: 3,
        by: 'sh.manager',
        events: [to('responded', 'new'), c('responded', { contactChannel: 'phone', note: '致歉' })],
      },
      {
        after: 4,
        by: 'sh.manager',
        events: [
          to('in_progress', 'responded'),
          c('handling_started'),
          c('compensation_offered', { type: 'gift', amountFen: 5_000 }),
        ],
      },
      {
        after: 26,
        by: 'sh.manager',
        events: [to('resolved', 'in_progress'), c('resolved', { result: '补送赠品并致歉' })],
      },
    ],
  },
  {
    story: 'breakdown-far-from-home',
    kind: 'claim',
    severity: 'major',
    cause: 'rescue_not_given',
    channel: 'hq_hotline',
    status: 'follow_up',
    openedHoursAgo: 120,
    summary: '异地等速万向节故障，救援未提供 CV joint failed far from home; no rescue',
    description:
      '外县故障，最近服务站让客户自行拖车，路边店装了非原厂件，保修被拒。A roadside shop fitted a non-original part; warranty was refused.',
    result:
      '最近服务站承担客户维修费并更换原厂件；本地站免检测工时。The nearest station paid the repair and fitted the original part.',
    steps: [
      {
        after: 4,
        by: 'cd.manager',
        events: [to('responded', 'new'), c('responded', { contactChannel: 'phone', note: '致歉并安排' })],
      },
      { after: 5, by: 'cd.manager', events: [to('in_progress', 'responded'), c('handling_started')] },
      {
        after: 90,
        by: 'cd.manager',
        events: [to('resolved', 'in_progress'), c('resolved', { result: '承担维修费并更换原厂件' })],
      },
      { after: 96, by: 'cd.manager', events: [to('follow_up', 'resolved'), c('follow_up_started')] },
    ],
  },
  {
    story: 'two-hour-wait',
    kind: 'non_quality',
    severity: 'general',
    cause: 'waiting_time',
    channel: 'on_site',
    status: 'new',
    openedHoursAgo: 30,
    summary: '承诺一小时保养，两小时未开始 Promised one hour, not started after two',
    description: '预约保养承诺一小时完成，两小时后仍未开工。',
    steps: [],
  },
  {
    story: 'parts-ticket',
    kind: 'appeal',
    severity: 'general',
    cause: 'parts_availability',
    channel: 'portal',
    status: 'awaiting_parts',
    openedHoursAgo: 40,
    summary: '配件缺货 A part is missing',
    description: '更换刹车片，服务站无库存。The station has no brake pads in stock.',
    steps: [
      {
        after: 2,
        by: 'gz.manager',
        events: [to('responded', 'new'), c('responded', { contactChannel: 'phone', note: '告知缺货' })],
      },
      {
        after: 3,
        by: 'gz.manager',
        events: [
          to('in_progress', 'responded'),
          c('handling_started'),
          c('stock_checked', {
            partCode: 'X7BP001',
            partName: '前刹车片 Front brake pads',
            result: 'out_of_stock',
            note: '',
          }),
        ],
      },
      {
        after: 4,
        by: 'gz.manager',
        events: [
          to('awaiting_parts', 'in_progress', 'parts-support request raised'),
          c('parts_requested', {
            lines: [
              { partCode: 'X7BP001', partName: '前刹车片 Front brake pads', quantity: 1 },
              { partCode: 'X7-BS-011', partName: '刹车片报警线 Brake wear sensor', quantity: 1 },
            ],
          }),
        ],
      },
    ],
  },
]

export const seedComplaints: ContextSeed = async (tx: Database, network) => {
  const calendar = makeCalendar({})
  const year = network.now.getUTCFullYear()
  let seq = 0
  for (const k of CASES) {
    const who = network.customers.find((x) => x.story === k.story)!
    const stationId = network.orgIdByCode[who.dealerCode]!
    const openedAt = new Date(network.now.getTime() - k.openedHoursAgo * H)
    const history: { at: Date; by: string; event: NewComplaintEvent }[] = [
      {
        at: openedAt,
        by: 'seed',
        event: c('opened', { severity: k.severity, channel: k.channel, hasStation: true }),
      },
      ...k.steps.flatMap((s) =>
        s.events.map((event) => ({ at: new Date(openedAt.getTime() + s.after * H), by: s.by, event })),
      ),
    ]
    const { nextDueAt } = complaintClocks(
      history.map((h) => ({ ...h.event, at: h.at })),
      DEFAULT_SLA_SETTINGS,
      calendar,
      network.now,
    )
    const closed = k.status === 'closed'
    const [row] = await tx
      .insert(complaints)
      .values({
        number: complaintNumber(year, ++seq),
        channel: k.channel,
        kind: k.kind,
        severity: k.severity,
        cause: k.cause,
        status: k.status,
        customerId: who.id,
        vehicleId: who.vehicleId,
        vin: who.vin,
        stationId,
        summary: k.summary,
        description: k.description,
        result: k.result ?? null,
        openedAt,
        closedAt: closed ? history.at(-1)!.at : null,
        nextDueAt: closed ? null : nextDueAt,
        followUp: closed
          ? { satisfied: true, note: '满意 satisfied', at: history.at(-1)!.at.toISOString(), by: 'staff' }
          : null,
        responsibleUnit: k.story === 'headlamp-flicker' ? 'hq_technical' : 'station',
      })
      .returning()
    await tx.insert(complaintEvents).values(
      history.map((h, n) => ({
        complaintId: row!.id,
        seq: n + 1,
        at: h.at,
        type: h.event.type,
        visibility: h.event.visibility,
        actorLabel: h.by,
        data: h.event.data,
      })),
    )
    const at = history.at(-1)!.at
    if (k.story === 'headlamp-flicker') {
      await tx.insert(techSupportRequests).values({
        complaintId: row!.id,
        stationId,
        question: '更换大灯后仍闪烁，是否线束或控制模块问题？',
        askedAt: at,
      })
    }
    if (k.story === 'parts-ticket') {
      await tx.insert(partsSupportRequests).values({
        number: `PR-${row!.number.slice(3)}-1`,
        complaintId: row!.id,
        stationId,
        region: '华南 South',
        lines: (k.steps[2]!.events[1]!.data as { lines: unknown }).lines,
        createdAt: at,
        updatedAt: at,
      })
    }
    const managers: Record<string, string> = {
      'blower-motor-quote': 'sh.manager',
      'promised-gift': 'sh.manager',
    }
    const offered = k.steps.flatMap((s) => s.events).find((e) => e.type === 'compensation_offered')
    if (offered && managers[k.story]) {
      const by = managers[k.story]!
      await tx.insert(compensations).values({
        complaintId: row!.id,
        type: offered.data.type as string,
        amountFen: offered.data.amountFen as number,
        note: '致歉补偿 Goodwill',
        status: 'approved',
        proposedBy: by,
        proposedByUserId: network.userIdByUsername[by]!,
        createdAt: at,
      })
    }
  }
  await tx
    .insert(complaintCounters)
    .values({ year, last: seq })
    .onConflictDoUpdate({ target: complaintCounters.year, set: { last: seq } })
}
