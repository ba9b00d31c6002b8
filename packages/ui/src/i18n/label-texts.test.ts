import { describe, expect, it } from 'vitest'
import { labelTexts } from './label-texts'

describe('labelTexts', () => {
  const labels = { approved: { zh: '通过', en: 'Approved' }, rejected: { zh: '驳回', en: 'Rejected' } }
  it.each([
    ['zh', { approved: '通过', rejected: '驳回' }],
    ['en', { approved: 'Approved', rejected: 'Rejected' }],
  ] as const)('%s', (lang, want) => expect(labelTexts(labels, lang)).toEqual(want))
})
