import { DomainError } from '../../shared/errors'
import type { ExamQuestion, ExamSelection } from './exam.entity'

/**
 * Which questions an attempt asks. A fixed list: those questions, in the exam's order, each still in the
 * bank and active. Drawn: `count` distinct active questions of the exam's topics, picked with `random`
 * (the caller passes it in; the domain draws nothing itself). Publishing checks the same thing, so a
 * published exam can always be taken.
 */
export function selectQuestions(
  selection: ExamSelection,
  bank: readonly ExamQuestion[],
  random: () => number,
): ExamQuestion[] {
  if (selection.mode === 'fixed') {
    const byId = new Map(bank.filter((q) => q.active).map((q) => [q.id, q]))
    const missing = selection.questionIds.filter((id) => !byId.has(id))
    if (missing.length)
      throw new DomainError(
        'PRECONDITION',
        'EXAM.QUESTION_UNAVAILABLE',
        'Some questions of this exam are retired or no longer exist',
        { field: 'selection.questionIds', details: { questionIds: missing } },
      )
    return selection.questionIds.map((id) => byId.get(id)!)
  }
  const pool = bank.filter((q) => q.active && selection.topics.includes(q.topic))
  if (pool.length < selection.count)
    throw new DomainError(
      'PRECONDITION',
      'EXAM.NOT_ENOUGH_QUESTIONS',
      `The topics have ${pool.length} active questions; the exam draws ${selection.count}`,
      { field: 'selection.count', details: { available: pool.length, count: selection.count } },
    )
  // A partial Fisher–Yates shuffle: the first `count` places are a uniform draw without repeats.
  const deck = [...pool]
  for (let i = 0; i < selection.count; i++) {
    const j = i + Math.floor(random() * (deck.length - i))
    ;[deck[i], deck[j]] = [deck[j]!, deck[i]!]
  }
  return deck.slice(0, selection.count)
}

/** Only a draft is edited or published; a published exam can only be retired. */
export function assertExamStatus(status: string, allowed: readonly string[], action: string) {
  if (!allowed.includes(status))
    throw new DomainError('PRECONDITION', 'EXAM.WRONG_STATUS', `A ${status} exam cannot be ${action}`, {
      field: 'id',
      details: { status },
    })
}
