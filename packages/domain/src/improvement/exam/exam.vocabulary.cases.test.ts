import { describe, expect, it } from 'vitest'
import {
  CERTIFICATION_STATUSES,
  EXAM_QUESTIONS_MAX,
  EXAM_STATUSES,
  EXAM_TITLE_MAX,
  OPTION_BOUNDS,
  optionIdAt,
  QUESTION_EXPLANATION_MAX,
  QUESTION_KINDS,
  QUESTION_OPTION_MAX,
  QUESTION_STEM_MAX,
  QUESTION_TOPICS,
} from './exam.vocabulary'

describe('the learning centre vocabularies, exactly', () => {
  it('values in order', () => {
    expect(QUESTION_KINDS).toEqual(['single', 'multiple', 'true_false'])
    expect(QUESTION_TOPICS).toEqual([
      'complaint_kinds',
      'six_steps',
      'time_rules',
      'parts_complaints',
      'fees',
      'compensation',
      'escalation',
      'customer_style',
    ])
    expect(EXAM_STATUSES).toEqual(['draft', 'published', 'retired'])
    expect(CERTIFICATION_STATUSES).toEqual(['certified', 'expired', 'failed', 'in_progress', 'never_taken'])
  })
  it('bounds', () => {
    expect(OPTION_BOUNDS).toEqual({
      single: { min: 2, max: 6 },
      multiple: { min: 2, max: 8 },
      true_false: { min: 2, max: 2 },
    })
    expect([QUESTION_STEM_MAX, QUESTION_OPTION_MAX, QUESTION_EXPLANATION_MAX]).toEqual([500, 200, 1000])
    expect([EXAM_TITLE_MAX, EXAM_QUESTIONS_MAX]).toEqual([100, 100])
  })
  it('options are named a, b, c … by position', () =>
    expect([0, 1, 2, 7].map(optionIdAt)).toEqual(['a', 'b', 'c', 'h']))
})
