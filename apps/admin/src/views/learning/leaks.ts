import type { RouterOutputs } from '@asq/api-client'

export type Editor = RouterOutputs['improvement']['learning']['edit']
export type Leak = Editor['leaks'][number]
/** The text fields the anonymisation check reads, in the editor's order. */
export const TEXT_FIELDS = ['title', 'story', 'actions', 'lessons'] as const
export type TextField = (typeof TEXT_FIELDS)[number]

/** How many characters around a leak the editor shows, so the reader finds it in the text. */
const AROUND = 12

/** A leak as three pieces of the saved text: before it, the leak itself (to highlight), after it. */
export function excerpt(text: string, leak: Pick<Leak, 'index' | 'length'>) {
  const start = Math.max(0, leak.index - AROUND)
  const end = Math.min(text.length, leak.index + leak.length + AROUND)
  return {
    before: `${start > 0 ? '…' : ''}${text.slice(start, leak.index)}`,
    hit: text.slice(leak.index, leak.index + leak.length),
    after: `${text.slice(leak.index + leak.length, end)}${end < text.length ? '…' : ''}`,
  }
}
