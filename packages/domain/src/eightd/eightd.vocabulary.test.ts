import { describe, expect, it } from 'vitest'
import {
  DISCIPLINE_LABELS,
  DISCIPLINES,
  EIGHTD_CLAIM_STATUSES,
  EIGHTD_COST_KIND_LABELS,
  EIGHTD_COST_KINDS,
  EIGHTD_ESCALATION_LABELS,
  EIGHTD_ESCALATION_LEVELS,
  EIGHTD_FOUND_AT,
  EIGHTD_FOUND_AT_LABELS,
  EIGHTD_RECOVERY_STATUS_LABELS,
  EIGHTD_RECOVERY_STATUSES,
  EIGHTD_SEVERITIES,
  EIGHTD_SEVERITY_LABELS,
  FISHBONE_CATEGORIES,
  FISHBONE_LABELS,
  STEP_REVIEW_STATUS_LABELS,
  STEP_REVIEW_STATUSES,
} from './eightd.vocabulary'

describe('8D vocabulary: the values, in order', () => {
  it.each([
    ['disciplines', DISCIPLINES, ['D0', 'D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8']],
    [
      'step review statuses',
      STEP_REVIEW_STATUSES,
      ['draft', 'submitted', 'approved', 'rejected', 'resubmitted'],
    ],
    [
      'where found',
      EIGHTD_FOUND_AT,
      ['customer_complaint', 'warranty_return', 'incoming_inspection', 'station_report'],
    ],
    ['severities', EIGHTD_SEVERITIES, ['minor', 'major', 'critical']],
    ['claim statuses', EIGHTD_CLAIM_STATUSES, ['open', 'closed']],
    [
      'escalation levels 1–3',
      EIGHTD_ESCALATION_LEVELS,
      ['supplier_contact', 'supplier_management', 'hq_purchasing'],
    ],
    ['recovery statuses', EIGHTD_RECOVERY_STATUSES, ['proposed', 'disputed', 'accepted']],
    ['cost kinds', EIGHTD_COST_KINDS, ['parts', 'labour', 'logistics']],
    [
      'fishbone categories',
      FISHBONE_CATEGORIES,
      ['man', 'machine', 'material', 'method', 'measurement', 'environment'],
    ],
  ] as const)('%s', (_, values, expected) => {
    expect(values).toEqual(expected)
  })
})

const hasHan = (s: string) => /\p{Script=Han}/u.test(s)
const hasLatin = (s: string) => /[A-Za-z]/.test(s)

describe('8D vocabulary: every value has a Chinese and an English label, and nothing else has one', () => {
  const tables = [
    ['disciplines', DISCIPLINES, DISCIPLINE_LABELS],
    ['step review statuses', STEP_REVIEW_STATUSES, STEP_REVIEW_STATUS_LABELS],
    ['where found', EIGHTD_FOUND_AT, EIGHTD_FOUND_AT_LABELS],
    ['severities', EIGHTD_SEVERITIES, EIGHTD_SEVERITY_LABELS],
    ['escalation levels', EIGHTD_ESCALATION_LEVELS, EIGHTD_ESCALATION_LABELS],
    ['recovery statuses', EIGHTD_RECOVERY_STATUSES, EIGHTD_RECOVERY_STATUS_LABELS],
    ['cost kinds', EIGHTD_COST_KINDS, EIGHTD_COST_KIND_LABELS],
    ['fishbone categories', FISHBONE_CATEGORIES, FISHBONE_LABELS],
  ] as const
  it.each(tables)('%s', (_, values, labels) => {
    expect(Object.keys(labels)).toEqual([...values])
    const all = Object.values(labels) as { zh: string; en: string }[]
    for (const l of all) {
      expect(hasHan(l.zh)).toBe(true)
      expect(hasLatin(l.en)).toBe(true)
    }
    // Two values never read the same.
    expect(new Set(all.map((l) => l.zh)).size).toBe(all.length)
    expect(new Set(all.map((l) => l.en)).size).toBe(all.length)
  })
  it.each([
    ['D0', 'Preparation and team'],
    ['D3', 'Interim containment'],
    ['D4', 'Root cause analysis'],
    ['D8', 'Closure and what remains'],
  ] as const)('%s reads “%s”', (step, en) => {
    expect(DISCIPLINE_LABELS[step].en).toBe(en)
  })
})
