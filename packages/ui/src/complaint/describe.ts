import { formatFen } from '@asq/domain'
import type { ComplaintLabels, Text } from './labels'
import { OWNER_HOW, OWNER_TEXT } from './owner-text'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** A span of time in a few words: "2天3小时" / "2d 3h", "5小时10分" / "5h 10m". */
export function durationText(ms: number, lang: string): string {
  const abs = Math.abs(ms)
  const d = Math.floor(abs / DAY)
  const h = Math.floor((abs % DAY) / HOUR)
  const m = Math.floor((abs % HOUR) / MINUTE)
  const en = lang === 'en'
  if (d > 0) return en ? `${d}d ${h}h` : `${d}天${h}小时`
  if (h > 0) return en ? `${h}h ${m}m` : `${h}小时${m}分`
  return en ? `${m}m` : `${m}分钟`
}

export const COUNTDOWN_TEXT: Record<'left' | 'overdue' | 'none', Text> = {
  left: { zh: '剩余 {x}', en: '{x} left' },
  overdue: { zh: '已超时 {x}', en: '{x} overdue' },
  none: { zh: '无进行中的时限', en: 'No running deadline' },
}

/** The reasons the system itself writes on a status change (a person's own reason is shown as typed). */
export const STATUS_REASON_LABELS: Record<string, Text> = {
  'parts-support request raised': { zh: '已申请配件支援', en: 'parts-support request raised' },
  'customer back': { zh: '客户已回复', en: 'customer back' },
  'technical support requested': { zh: '已申请技术支持', en: 'technical support requested' },
  reopened: { zh: '重新打开', en: 'reopened' },
  'customer not satisfied': { zh: '客户不满意', en: 'customer not satisfied' },
  'parts received': { zh: '配件已到货', en: 'parts received' },
  'technical support answered': { zh: '技术支持已答复', en: 'technical support answered' },
}

type Event = { type: string; data: Record<string, unknown>; actorLabel?: string }
const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v))

/** One line saying what an entry of a complaint's history holds, for staff. */
export function describeEvent(e: Event, l: ComplaintLabels, lang: string): string {
  const d = e.data
  const money = (fen: unknown) => (typeof fen === 'number' ? formatFen(fen, lang) : '')
  switch (e.type) {
    case 'opened':
      return [l.channel(str(d.channel)), l.severity(str(d.severity))].join(' · ')
    case 'status':
      return `${l.status(str(d.from))} → ${l.status(str(d.to))}${d.reason ? `（${l.pick(STATUS_REASON_LABELS[str(d.reason)], str(d.reason))}）` : ''}`
    case 'responded':
      return `${l.contact(str(d.contactChannel))}：${str(d.note)}`
    case 'story_recorded':
      return `${l.pick({ zh: '客户已确认', en: 'Confirmed by the customer' })}：${l.yesNo(Boolean(d.confirmed))}`
    case 'solutions_proposed':
      return ((d.options as { title: string }[] | undefined) ?? [])
        .map((o, i) => `${i + 1}. ${o.title}`)
        .join('  ')
    case 'stock_checked':
      return `${str(d.partName)} ${str(d.partCode)} · ${l.stockResult(str(d.result))}${d.note ? ` · ${str(d.note)}` : ''}`
    case 'parts_requested':
      return [
        str(d.number),
        ...((d.lines as { partCode: string; partName: string; quantity: number }[] | undefined) ?? []).map(
          (x) => `${x.partName} ${x.partCode} ×${x.quantity}`,
        ),
      ]
        .filter(Boolean)
        .join('；')
    case 'parts_status':
      return `${l.partsStatus(str(d.status))}${d.eta ? ` · ETA ${str(d.eta)}` : ''}`
    case 'waiting_for_customer':
    case 'reopened':
      return str(d.reason)
    case 'customer_back':
    case 'note':
      return str(d.note)
    case 'tech_question':
      return str(d.question)
    case 'tech_answer':
      return str(d.answer)
    case 'compensation_proposed':
      return `${l.compensation(str(d.type))} ${money(d.amountFen)} · ${str(d.note)}${
        d.status === 'pending_approval' ? ` · ${l.pick({ zh: '待审批', en: 'awaiting approval' })}` : ''
      }`
    case 'compensation_offered':
      return `${l.compensation(str(d.type))} ${money(d.amountFen)}`
    case 'compensation_approved':
    case 'compensation_rejected':
      return str(d.note)
    case 'resolved':
      return str(d.result)
    case 'follow_up_recorded':
      return `${l.satisfied(Boolean(d.satisfied))}${d.note ? ` · ${str(d.note)}` : ''}`
    case 'escalated':
      return `${l.clock(str(d.clock))} → ${l.level(Number(d.level ?? 0))}`
    case 'evidence_added':
      return str(d.filename)
    case 'assigned':
      return l.unit(str(d.responsibleUnit))
    case 'countermeasure':
      return str(d.countermeasure)
    case 'owner_changed': {
      const who = (name: unknown) => str(name) || l.pick(OWNER_TEXT.nobody)
      const reason = d.how === 'hand_over' && d.reason ? `（${str(d.reason)}）` : ''
      return `${l.pick(OWNER_HOW[str(d.how)], str(d.how))}：${who(d.fromName)} → ${who(d.toName)}${reason}`
    }
    case 'reclassified':
      return `${l.kind(str(d.kind))} · ${l.severity(str(d.severity))}`
    default:
      return ''
  }
}

/** Who did it, readable: a staff username as is, "customer"/"system" instead of internal ids. */
export function actorText(label: string, l: ComplaintLabels, names: Record<string, string> = {}): string {
  if (names[label]) return names[label]
  if (label.startsWith('customer:')) return l.pick({ zh: '客户', en: 'Customer' })
  if (label.startsWith('system:') || label === 'seed') return l.pick({ zh: '系统', en: 'System' })
  return label
}
