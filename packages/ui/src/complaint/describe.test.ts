import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { actorText, STATUS_REASON_LABELS } from './describe'
import type { ComplaintLabels } from './labels'

/**
 * Issue 12, defect 2: a status change the system makes carries an English reason ("technical support
 * requested"); the history says each of them in Chinese (and English). The reasons are read from the
 * domain's commands, so a new one without a label fails here.
 */
const commands = readFileSync(
  new URL('../../../domain/src/complaint/complaint.commands.ts', import.meta.url),
  'utf8',
)
const reasons = [
  ...new Set([
    ...[...commands.matchAll(/move\(c, '\w+', '([^']+)'\)/g)].map((m) => m[1]!),
    ...[...commands.matchAll(/\? '([a-z ]+)' : '([a-z ]+)'\)/g)].flatMap((m) => [m[1]!, m[2]!]),
  ]),
]

describe('the system’s status-change reasons in the history', () => {
  it('finds them in the domain', () => expect(reasons.length).toBeGreaterThanOrEqual(7))
  it.each(reasons)('"%s" has a Chinese and an English label', (r) => {
    expect(STATUS_REASON_LABELS[r]?.zh).toMatch(/\p{Script=Han}/u)
    expect(STATUS_REASON_LABELS[r]?.en).toBe(r)
  })
})

describe('who did it, in the history (defect 8)', () => {
  const l = { pick: (t: { zh: string; en: string }) => t.zh } as ComplaintLabels
  const names = { 'bj.manager@dealer': '马站长' }
  it.each([
    ['bj.manager@dealer', '马站长'],
    ['customer:3f1c', '客户'],
    ['system:sweep', '系统'],
    ['seed', '系统'],
    // A person no longer in the directory: the label is all there is.
    ['gone.user@dealer', 'gone.user@dealer'],
  ])('%s → %s', (label, text) => expect(actorText(label, l, names)).toBe(text))
})
