import { describe, expect, it } from 'vitest'
import { expectBilingualLabels } from '../../shared/labels.test-fixtures'
import {
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  MEETING_STATUS_LABELS,
  MEETING_STATUSES,
  PACK_SECTION_LABELS,
  PACK_SECTIONS,
  PERIOD_KINDS,
} from './meeting.vocabulary'

type Labels = Record<string, { zh: string; en: string }>
/** A label table in one line, `value 中文/English; …`, as the screens show it. */
const read = (labels: Labels) =>
  Object.entries(labels)
    .map(([k, l]) => `${k} ${l.zh}/${l.en}`)
    .join('; ')

describe('the review meeting vocabularies, value by value', () => {
  it('the values, exactly and in order', () => {
    expect(PACK_SECTIONS).toEqual(['quality', 'non_quality'])
    expect(MEETING_STATUSES).toEqual(['scheduled', 'final'])
    expect(ACTION_STATUSES).toEqual(['open', 'done'])
    expect(PERIOD_KINDS).toEqual(['month', 'custom'])
  })
  it('every value has a Chinese and an English label, none alike', () => {
    expectBilingualLabels(PACK_SECTIONS, PACK_SECTION_LABELS)
    expectBilingualLabels(MEETING_STATUSES, MEETING_STATUS_LABELS)
    expectBilingualLabels(ACTION_STATUSES, ACTION_STATUS_LABELS)
  })
  it('the labels as the screens show them', () => {
    expect(read(PACK_SECTION_LABELS)).toBe(
      'quality 质量类抱怨/Quality-related complaints; non_quality 非质量类抱怨/Non-quality complaints',
    )
    expect(read(MEETING_STATUS_LABELS)).toBe('scheduled 待召开/Scheduled; final 纪要已定稿/Minutes final')
    expect(read(ACTION_STATUS_LABELS)).toBe('open 进行中/Open; done 已完成/Done')
  })
})
