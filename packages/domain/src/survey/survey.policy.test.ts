import { describe, expect, it } from 'vitest'
import { DEFAULT_SURVEY_SETTINGS, surveySettingsSchema, updateSurveyPolicyInput } from './survey.policy'

const check = (input: unknown) => {
  const r = surveySettingsSchema.safeParse(input)
  return r.success ? { ok: r.data } : { paths: r.error.issues.map((i) => i.path.join('.')) }
}

describe("HQ's survey policy", () => {
  it('starts from a day’s delay, 14-day links, one reminder after 3 days, CSAT ≤ 2 and NPS ≤ 6 as unhappy, reopening', () => {
    expect(Object.entries(DEFAULT_SURVEY_SETTINGS)).toEqual([
      ['complaintDelayHours', 24],
      ['linkValidDays', 14],
      ['reminderAfterDays', 3],
      ['maxReminders', 1],
      ['csatThreshold', 2],
      ['npsThreshold', 6],
      ['reopenComplaint', true],
    ])
    expect(check(DEFAULT_SURVEY_SETTINGS)).toEqual({ ok: DEFAULT_SURVEY_SETTINGS })
  })

  it.each([
    ['complaintDelayHours', 0, 720], // at once … 30 days
    ['linkValidDays', 1, 90],
    ['reminderAfterDays', 1, 30],
    ['maxReminders', 0, 3],
    ['csatThreshold', 1, 4],
    ['npsThreshold', 0, 9],
  ] as const)('%s: from %i to %i, whole numbers', (field, min, max) => {
    const at = (v: number) => check({ ...DEFAULT_SURVEY_SETTINGS, [field]: v })
    expect(at(min)).toEqual({ ok: { ...DEFAULT_SURVEY_SETTINGS, [field]: min } })
    expect(at(max)).toEqual({ ok: { ...DEFAULT_SURVEY_SETTINGS, [field]: max } })
    expect(at(min - 1)).toEqual({ paths: [field] })
    expect(at(max + 1)).toEqual({ paths: [field] })
    expect(at(min + 0.5)).toEqual({ paths: [field] })
  })

  it('keeps "do not reopen" and refuses a missing choice', () => {
    expect(check({ ...DEFAULT_SURVEY_SETTINGS, reopenComplaint: false })).toEqual({
      ok: { ...DEFAULT_SURVEY_SETTINGS, reopenComplaint: false },
    })
    expect(check({ ...DEFAULT_SURVEY_SETTINGS, reopenComplaint: undefined })).toEqual({
      paths: ['reopenComplaint'],
    })
  })

  it('is changed from the version the editor saw (0 before the first change)', () => {
    const input = { settings: DEFAULT_SURVEY_SETTINGS, baseVersion: 0 }
    expect(updateSurveyPolicyInput.parse(input)).toEqual(input)
    const r = updateSurveyPolicyInput.safeParse({
      settings: { ...DEFAULT_SURVEY_SETTINGS, maxReminders: 4 },
      baseVersion: -1,
    })
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['settings.maxReminders', 'baseVersion'])
  })
})
