import { describe, expect, it } from 'vitest'
import { expectBilingualLabels } from '../../shared/labels.test-fixtures'
import {
  LIAISON_COMMANDS,
  LIAISON_LINK_KINDS,
  LIAISON_STATE_LABELS,
  LIAISON_STATES,
  MAX_LIAISON_PHOTOS,
  MAX_LIAISON_VINS,
} from './liaison.vocabulary'

describe('the liaison letter vocabularies', () => {
  it('the values and bounds, exactly', () => {
    expect(LIAISON_STATES).toEqual(['submitted', 'answered', 'closed', 'escalated_to_8d'])
    expect(LIAISON_COMMANDS).toEqual(['answer', 'close', 'escalate', 'link'])
    expect(LIAISON_LINK_KINDS).toEqual(['complaint', 'claim_line'])
    expect([MAX_LIAISON_VINS, MAX_LIAISON_PHOTOS]).toEqual([50, 6])
  })
  it('each state has a Chinese and an English label, as printed', () => {
    expectBilingualLabels(LIAISON_STATES, LIAISON_STATE_LABELS)
    expect(Object.entries(LIAISON_STATE_LABELS).map(([k, l]) => `${k} ${l.zh}/${l.en}`)).toEqual([
      'submitted 已提交/Submitted',
      'answered 已答复/Answered',
      'closed 已关闭/Closed',
      'escalated_to_8d 已转 8D/Escalated to 8D',
    ])
  })
})
