import { describe, it } from 'vitest'
import { expectBilingualLabels } from '../shared/labels.test-fixtures'
import {
  FOLLOW_UP_STATUS_LABELS,
  FOLLOW_UP_STATUSES,
  INVITATION_SOURCE_LABELS,
  INVITATION_SOURCES,
  QUESTION_TYPE_LABELS,
  QUESTION_TYPES,
  SERVQUAL_DIMENSIONS,
  SERVQUAL_LABELS,
  TEMPLATE_PURPOSE_LABELS,
  TEMPLATE_PURPOSES,
} from './survey.vocabulary'

describe('every survey vocabulary reads in Chinese and English, each value distinct', () => {
  it.each([
    ['SERVQUAL dimensions', SERVQUAL_DIMENSIONS, SERVQUAL_LABELS],
    ['template purposes', TEMPLATE_PURPOSES, TEMPLATE_PURPOSE_LABELS],
    ['invitation sources', INVITATION_SOURCES, INVITATION_SOURCE_LABELS],
    ['follow-up statuses', FOLLOW_UP_STATUSES, FOLLOW_UP_STATUS_LABELS],
  ] as const)('%s', (_n, values, labels) => {
    expectBilingualLabels(values, labels as Record<(typeof values)[number], { zh: string; en: string }>)
  })

  it('question types, whose English names their scale with an en dash (1–5, 0–10)', () => {
    // The shared check reads English as plain Latin text; the en dash of a range is typography, not
    // a foreign script, so it is read as a hyphen here and every other rule applies unchanged.
    const plain = Object.fromEntries(
      Object.entries(QUESTION_TYPE_LABELS).map(([k, l]) => [k, { ...l, en: l.en.replace(/–/g, '-') }]),
    ) as typeof QUESTION_TYPE_LABELS
    expectBilingualLabels(QUESTION_TYPES, plain)
  })
})
