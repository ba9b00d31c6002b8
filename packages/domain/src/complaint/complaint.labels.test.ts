import { describe, it } from 'vitest'
import { expectBilingualLabels } from '../shared/labels.test-fixtures'
import { COMMUNICATION_STYLE_LABELS, COMMUNICATION_STYLES } from './communication-style'
import { ESCALATION_LEVELS } from './complaint.entity'
import { ESCALATION_LEVEL_LABELS } from './complaint.escalation'
import { STATUS_LABELS, STATUSES } from './complaint.status'
import {
  CAUSE_LABELS,
  CAUSES,
  CHANNEL_LABELS,
  CHANNELS,
  COMPENSATION_LABELS,
  COMPENSATION_TYPES,
  KIND_LABELS,
  KINDS,
  MINDSET_LABELS,
  MINDSETS,
  RESPONSIBLE_UNIT_LABELS,
  RESPONSIBLE_UNITS,
  SEVERITIES,
  SEVERITY_LABELS,
} from './complaint.vocabulary'
import { PARTS_REQUEST_STATUS_LABELS, PARTS_REQUEST_STATUSES } from './parts-request.rules'

/** Every value a complaint screen, PDF or SMS can show has a Chinese and an English label, each distinct. */
describe('complaint vocabularies read in both languages', () => {
  it.each([
    ['statuses', STATUSES, STATUS_LABELS],
    ['channels', CHANNELS, CHANNEL_LABELS],
    ['kinds', KINDS, KIND_LABELS],
    ['severities', SEVERITIES, SEVERITY_LABELS],
    ['causes', CAUSES, CAUSE_LABELS],
    ['mindsets', MINDSETS, MINDSET_LABELS],
    ['communication styles', COMMUNICATION_STYLES, COMMUNICATION_STYLE_LABELS],
    ['responsible units', RESPONSIBLE_UNITS, RESPONSIBLE_UNIT_LABELS],
    ['goodwill types', COMPENSATION_TYPES, COMPENSATION_LABELS],
    ['escalation levels', ESCALATION_LEVELS, ESCALATION_LEVEL_LABELS],
    ['parts request steps', PARTS_REQUEST_STATUSES, PARTS_REQUEST_STATUS_LABELS],
  ] as const)('%s', (_, values, labels) => {
    expectBilingualLabels(values as readonly string[], labels as Record<string, { zh: string; en: string }>)
  })
})
