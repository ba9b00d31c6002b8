import { describe, expect, it } from 'vitest'
import { COMMUNICATION_STYLE_TIPS, COMMUNICATION_STYLES, communicationTips } from './communication-style'
import { decide } from './complaint.commands'
import { at, v } from './complaint.test-fixtures'

const story = {
  what: 'x',
  when: '',
  where: '',
  who: '',
  tools: '',
  otherParties: '',
  confirmedByCustomer: true,
}

describe('the customer communication style (探心態)', () => {
  it.each([
    ['analytical', '严肃认真', 'Serious, logical, planned'],
    ['amiable', '多询问，多赞美，保持微笑', 'be friendly, ask, praise, smile'],
    ['expressive', '直接、热情、讲效率', 'Direct, warm, efficient'],
    [
      'driver',
      '回答精确，务实，说明目的，提前计划',
      'Answer precisely, be practical, state the purpose, plan ahead',
    ],
  ] as const)('%s: the tips say %s / %s', (style, zh, en) => {
    const tips = communicationTips(style)!
    expect(tips.zh).toContain(zh)
    expect(tips.en).toContain(en)
  })

  it('no style read, no tips; every style has tips in both languages', () => {
    expect(communicationTips(null)).toBeNull()
    for (const s of COMMUNICATION_STYLES) {
      expect(COMMUNICATION_STYLE_TIPS[s].zh).toMatch(/\p{Script=Han}/u)
      expect(COMMUNICATION_STYLE_TIPS[s].en).toMatch(/^[A-Z]/)
    }
  })

  it.each([
    ['recorded with the story', null, 'driver', 'driver'],
    ['changed', 'amiable', 'analytical', 'analytical'],
    ['cleared with null', 'amiable', null, null],
    ['kept when left out', 'expressive', undefined, 'expressive'],
  ] as const)('the style is %s', (_, before, sent, after) => {
    const c = at('in_progress', { communicationStyle: before })
    const d = decide(
      c,
      'recordStory',
      { ...v, story, mindsets: ['respect'], ...(sent === undefined ? {} : { communicationStyle: sent }) },
      new Date(),
    )
    expect({ ...c, ...d.patch }.communicationStyle).toBe(after)
    expect(d.patch.mindsets).toEqual(['respect'])
    expect(d.events[0]!.data).toEqual(
      sent === undefined ? { confirmed: true } : { confirmed: true, communicationStyle: after },
    )
  })
})
