import { describe, expect, it } from 'vitest'
import { expectBilingualLabels } from '../../shared/labels.test-fixtures'
import {
  CUSTOMER_TYPE_LABELS,
  CUSTOMER_TYPES,
  customerTypeOf,
  TEACHING_CASE_STATUS_LABELS,
  TEACHING_CASE_STATUSES,
} from './learning.vocabulary'

describe('the learning centre vocabularies, exactly', () => {
  it('values and labels', () => {
    expect(CUSTOMER_TYPES).toEqual(['private', 'key_account', 'fleet', 'business'])
    expect(TEACHING_CASE_STATUSES).toEqual(['draft', 'published', 'withdrawn'])
    expectBilingualLabels(CUSTOMER_TYPES, CUSTOMER_TYPE_LABELS)
    expectBilingualLabels(TEACHING_CASE_STATUSES, TEACHING_CASE_STATUS_LABELS)
    const read = (l: Record<string, { zh: string; en: string }>) =>
      Object.entries(l).map(([k, v]) => `${k} ${v.zh}/${v.en}`)
    expect(read(CUSTOMER_TYPE_LABELS)).toEqual([
      'private 私人客户/Private owner',
      'key_account 大客户/Key account',
      'fleet 车队客户/Fleet',
      'business 单位客户/Business',
    ])
    expect(read(TEACHING_CASE_STATUS_LABELS)).toEqual([
      'draft 草稿/Draft',
      'published 已发布/Published',
      'withdrawn 已撤回/Withdrawn',
    ])
  })
  it('a key account is filed as one, anyone else as a private owner', () => {
    expect(customerTypeOf({ keyAccount: true })).toBe('key_account')
    expect(customerTypeOf({ keyAccount: false })).toBe('private')
  })
})
