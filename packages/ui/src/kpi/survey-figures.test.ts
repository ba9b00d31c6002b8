import { describe, expect, it } from 'vitest'
import { surveyFigures } from './survey-figures'

const targets = { satisfactionIndex: 85, handlingSatisfaction: 90 }

describe('surveyFigures', () => {
  it.each([
    // index must exceed its target; CSAT must reach it
    { index: 85, csat: 90, indexOk: false, csatOk: true },
    { index: 85.1, csat: 89.9, indexOk: true, csatOk: false },
  ])('index $index, CSAT $csat', ({ index, csat, indexOk, csatOk }) => {
    const f = surveyFigures({ index, csat, nps: 12, responseRate: 40 }, targets)
    expect(f.index).toEqual({ value: String(index), ok: indexOk })
    expect(f.csat).toEqual({ value: `${csat}%`, ok: csatOk })
    expect(f.nps).toEqual({ value: '12', ok: null })
    expect(f.responseRate).toEqual({ value: '40%', ok: null })
  })

  it('shows a dash and judges nothing before the first answer', () => {
    const f = surveyFigures({ index: null, csat: null, nps: null, responseRate: null }, targets)
    for (const k of ['index', 'csat', 'nps', 'responseRate'] as const)
      expect(f[k]).toEqual({ value: '—', ok: null })
  })
})
