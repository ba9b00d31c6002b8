import { describe, expect, it } from 'vitest'
import { questionContentInput, questionProblems } from './question.schema'

const opt = (correct: boolean, text: string) => ({ text, correct })
const content = {
  kind: 'single',
  topic: 'fees',
  stem: '首保收费吗？',
  options: [opt(true, 'a'), opt(false, 'b')],
  explanation: '按保修手册。',
}
const issues = (input: unknown) => {
  const r = questionContentInput.safeParse(input)
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')} ${i.code} ${i.message}`)
}

describe('what the question editor shows on each field', () => {
  it.each([
    [{ stem: ' ' }, ['stem too_small write the question']],
    [{ explanation: '' }, ['explanation too_small explain the right answer']],
    [{ options: [opt(true, ''), opt(false, 'b')] }, ['options.0.text too_small an option needs a text']],
    [{ options: [opt(false, 'a'), opt(false, 'b')] }, ['options custom mark exactly one correct option']],
    [
      { kind: 'multiple', options: [opt(false, 'a'), opt(false, 'b')] },
      ['options custom mark at least one correct option'],
    ],
    [{ options: [opt(true, 'a'), opt(false, 'a')] }, ['options.1.text custom already an option']],
  ])('%o → %j', (patch, want) => expect(issues({ ...content, ...patch })).toEqual(want))
  it('the repeated option is named by its index as a number', () => {
    const r = questionContentInput.safeParse({ ...content, options: [opt(true, 'a'), opt(false, 'a')] })
    expect(r.error?.issues[0]?.path).toEqual(['options', 1, 'text'])
    expect(
      questionProblems({ kind: 'single', options: [opt(false, 'a'), opt(false, 'b')] })[0]?.message,
    ).toBe('mark exactly one correct option')
  })
})
