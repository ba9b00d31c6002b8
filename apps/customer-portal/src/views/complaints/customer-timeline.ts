import { formatFen } from '@asq/domain'
import type { ComplaintLabels, TimelineEvent } from '@asq/ui'
import type { TimelineEntry } from './types'

type T = (key: string, named?: Record<string, unknown>) => string

/** The customer's timeline, newest first, in the words the API chose for customers plus their details. */
export function customerEvents(
  entries: TimelineEntry[],
  l: ComplaintLabels,
  t: T,
  lang: string,
): TimelineEvent[] {
  // Newest first; entries of the same instant keep their logical order, reversed (closed above its answer).
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => new Date(b.e.at).getTime() - new Date(a.e.at).getTime() || b.i - a.i)
    .map(({ e }, i) => ({
      id: `${i}-${e.type}`,
      at: e.at,
      title: l.pick(e.text),
      description: detail(e, l, t, lang) || undefined,
      type: TYPES[e.type] ?? (i === 0 ? 'primary' : undefined),
      // Newest first: the top entry is where the case stands now, and it is the one marked.
      current: i === 0,
    }))
}

const TYPES: Record<string, TimelineEvent['type']> = {
  resolved: 'success',
  closed: 'success',
  reopened: 'warning',
  escalated: 'danger',
}

function detail(e: TimelineEntry, l: ComplaintLabels, t: T, lang: string): string {
  const d = e.data as Record<string, unknown>
  switch (e.type) {
    case 'solutions_proposed':
      return ((d.options as { title: string }[] | undefined) ?? [])
        .map((o, i) => t('complaints.timeline.option', { i: i + 1, title: o.title }))
        .join('\n')
    case 'parts_requested': {
      const lines = (d.lines as { partName: string; quantity: number }[] | undefined) ?? []
      return t('complaints.timeline.parts', {
        lines: lines.map((x) => `${x.partName} ×${x.quantity}`).join('、'),
      })
    }
    case 'parts_status':
      return [l.partsStatus(String(d.status ?? '')), d.eta ? t('complaints.timeline.eta', { d: d.eta }) : '']
        .filter(Boolean)
        .join(' · ')
    case 'stock_checked':
      return `${String(d.partName ?? '')} · ${l.stockResult(String(d.result ?? ''))}`
    case 'resolved':
      return String(d.result ?? '')
    case 'compensation_offered':
      return `${l.compensation(String(d.type ?? ''))} ${typeof d.amountFen === 'number' ? formatFen(d.amountFen, lang) : ''}`
    case 'follow_up_recorded':
      return [
        d.satisfied ? t('complaints.timeline.satisfied') : t('complaints.timeline.notSatisfied'),
        typeof d.note === 'string' && d.note ? t('complaints.timeline.yourComment', { note: d.note }) : '',
      ]
        .filter(Boolean)
        .join('\n')
    default:
      return ''
  }
}
