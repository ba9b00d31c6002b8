import { describe, expect, it } from 'vitest'
import { rankSimilar, type SimilarCandidate } from './similar-cases'

const day = (d: number) => new Date(Date.UTC(2026, 10, d))
const c = (id: string, over: Partial<SimilarCandidate>): SimilarCandidate => ({
  id,
  cause: 'other',
  partCode: null,
  customerType: 'fleet',
  publishedAt: day(1),
  ...over,
})
const target = { cause: 'parts_availability', partCodes: ['HL-X7-L'], customerType: 'private' } as const

describe('rankSimilar: the teaching cases most like the case at hand', () => {
  it.each([
    [
      'same cause before same part before same customer type',
      [
        c('part', { partCode: 'HL-X7-L' }),
        c('cause', { cause: 'parts_availability' }),
        c('cause+part', { cause: 'parts_availability', partCode: 'HL-X7-L' }),
        c('cause+type', { cause: 'parts_availability', customerType: 'private' }),
        c('part+type', { partCode: 'HL-X7-L', customerType: 'private' }),
      ],
      ['cause+part', 'cause+type', 'cause', 'part+type', 'part'],
    ],
    [
      'only the customer type in common, or nothing: not similar',
      [c('type', { customerType: 'private' }), c('none', {})],
      [],
    ],
    [
      'among equals the newest published first, then by id',
      [
        c('b', { cause: 'parts_availability', publishedAt: day(3) }),
        c('a', { cause: 'parts_availability', publishedAt: day(3) }),
        c('old', { cause: 'parts_availability', publishedAt: day(2) }),
        c('unpublished', { cause: 'parts_availability', publishedAt: null }),
      ],
      ['a', 'b', 'old', 'unpublished'],
    ],
    [
      'at most five',
      ['1', '2', '3', '4', '5', '6'].map((id) => c(id, { cause: 'parts_availability' })),
      ['1', '2', '3', '4', '5'],
    ],
    ['a case about no part matches no part', [c('p', { partCode: 'HL-X7-L' })], []],
  ] as const)('%s', (name, candidates, expected) => {
    const t = name.startsWith('a case about no part') ? { ...target, partCodes: [] } : target
    expect(rankSimilar(t, candidates).map((x) => x.id)).toEqual(expected)
  })

  it('takes a smaller limit', () => {
    const all = ['1', '2', '3'].map((id) => c(id, { cause: 'parts_availability' }))
    expect(rankSimilar(target, all, 2).map((x) => x.id)).toEqual(['1', '2'])
  })
})
