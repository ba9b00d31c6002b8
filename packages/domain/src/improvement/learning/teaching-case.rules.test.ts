import { describe, expect, it } from 'vitest'
import type { Complaint } from '../../complaint'
import { isDomainError } from '../../shared/errors'
import { expectBilingualLabels } from '../../shared/labels.test-fixtures'
import {
  CUSTOMER_TYPE_LABELS,
  CUSTOMER_TYPES,
  TEACHING_CASE_STATUS_LABELS,
  TEACHING_CASE_STATUSES,
} from './learning.vocabulary'
import type { PersonalData } from './personal-data'
import type { TeachingCase } from './teaching-case.entity'
import {
  assertTeachable,
  decidePublish,
  decideUpdate,
  decideWithdraw,
  draftFromCase,
  teachingCaseLeaks,
} from './teaching-case.rules'

const now = new Date('2026-12-06T08:00:00Z')
/** A closed case with the fields a draft reads; the rest as a complaint holds them. */
const at = (status: 'closed', over: Partial<Complaint>): Complaint => ({
  id: 'c1',
  number: 'CP-2026-000001',
  channel: 'phone',
  kind: 'appeal',
  severity: 'general',
  cause: 'other',
  status,
  customerId: 'cust',
  vehicleId: null,
  vin: null,
  purchaseDate: null,
  stationId: 'st',
  ownerId: null,
  stationContact: null,
  responsibleUnit: null,
  summary: 's',
  description: 'd',
  story: null,
  mindsets: [],
  communicationStyle: null,
  solutions: [],
  result: null,
  followUp: null,
  escalationLevel: 0,
  openedAt: now,
  closedAt: now,
  nextDueAt: null,
  version: 1,
  ...over,
})
const LI_NA: PersonalData = {
  name: '李娜',
  phone: '13800000002',
  plate: '京A12345',
  vin: 'LHX7B2345N0000002',
}
const draft: TeachingCase = {
  id: 't1',
  complaintId: 'c1',
  status: 'draft',
  title: '大灯闪烁：被动等待技术支持',
  cause: 'parts_availability',
  partCode: 'HL-X7-L',
  customerType: 'private',
  communicationStyle: 'analytical',
  mindsets: ['respect'],
  story: '客户反映大灯闪烁。',
  actions: '管理层道歉，尽快修复。',
  lessons: '常用件要备库存，到货主动致电。',
  createdBy: 'service',
  createdAt: now,
  updatedAt: now,
  publishedAt: null,
  withdrawnAt: null,
  version: 1,
}

/** The kind, code and field of the refusal `run` throws (mutation testing ignores message strings). */
function refusal(run: () => unknown) {
  try {
    run()
  } catch (e) {
    if (isDomainError(e)) return { kind: e.kind, code: e.code, field: e.field }
    throw e
  }
  return null
}

describe('teaching cases: draft → published → withdrawn', () => {
  it.each([
    ['new', 'CASE_NOT_CLOSED'],
    ['in_progress', 'CASE_NOT_CLOSED'],
    ['follow_up', 'CASE_NOT_CLOSED'],
    ['closed', null],
  ] as const)('a %s case can become a teaching case: %s', (status, code) => {
    expect(refusal(() => assertTeachable({ status }))).toEqual(
      code ? { kind: 'PRECONDITION', code: `LEARNING.${code}`, field: 'complaintId' } : null,
    )
  })

  it.each([
    ['a draft', draft, null],
    ['a published case', { ...draft, status: 'published' }, 'NOT_DRAFT'],
    ['a withdrawn case', { ...draft, status: 'withdrawn' }, 'NOT_DRAFT'],
  ] as const)('editing %s: %s', (_, tc, code) => {
    const r = refusal(() => decideUpdate(tc, { ...draft, title: 'new' }, now))
    expect(r).toEqual(code ? { kind: 'PRECONDITION', code: `LEARNING.${code}`, field: 'id' } : null)
    if (!code)
      expect(decideUpdate(tc, { ...draft, title: 'new' }, now)).toMatchObject({
        title: 'new',
        updatedAt: now,
      })
  })

  it.each([
    ['a clean, complete draft', {}, null],
    ['the phone in the story', { story: '请拨 138 0000 0002' }, ['BAD_INPUT', 'CONTAINS_PHONE', 'story']],
    [
      'the last 8 digits in the lessons',
      { lessons: '尾号0000-0002' },
      ['BAD_INPUT', 'CONTAINS_PHONE', 'lessons'],
    ],
    ['the name in the title', { title: '李娜的大灯' }, ['BAD_INPUT', 'CONTAINS_NAME', 'title']],
    [
      'the plate in what was done',
      { actions: '京A·12345 已修复' },
      ['BAD_INPUT', 'CONTAINS_PLATE', 'actions'],
    ],
    ['the VIN in the story', { story: 'LHX7B2345N0000002' }, ['BAD_INPUT', 'CONTAINS_VIN', 'story']],
    ['no story', { story: ' ' }, ['PRECONDITION', 'INCOMPLETE', 'story']],
    ['nothing done', { actions: '' }, ['PRECONDITION', 'INCOMPLETE', 'actions']],
    ['nothing learned', { lessons: '' }, ['PRECONDITION', 'INCOMPLETE', 'lessons']],
    ['already published', { status: 'published' }, ['PRECONDITION', 'NOT_DRAFT', 'id']],
  ] as const)('publishing %s', (_, over, expected) => {
    const tc = { ...draft, ...over } as TeachingCase
    expect(refusal(() => decidePublish(tc, LI_NA, now))).toEqual(
      expected ? { kind: expected[0], code: `LEARNING.${expected[1]}`, field: expected[2] } : null,
    )
    if (!expected)
      expect(decidePublish(tc, LI_NA, now)).toEqual({ status: 'published', publishedAt: now, updatedAt: now })
  })

  it('the refusal says where the leak is', () => {
    try {
      decidePublish({ ...draft, story: '电话13800000002' }, LI_NA, now)
    } catch (e) {
      expect(isDomainError(e) && e.details).toEqual({ kind: 'phone', index: 2, length: 11 })
    }
    expect.assertions(1)
  })

  it.each([
    ['draft', 'NOT_PUBLISHED'],
    ['withdrawn', 'NOT_PUBLISHED'],
    ['published', null],
  ] as const)('withdrawing a %s case: %s', (status, code) => {
    const tc = { ...draft, status }
    expect(refusal(() => decideWithdraw(tc, now))).toEqual(
      code ? { kind: 'PRECONDITION', code: `LEARNING.${code}`, field: 'id' } : null,
    )
    if (!code)
      expect(decideWithdraw(tc, now)).toEqual({ status: 'withdrawn', withdrawnAt: now, updatedAt: now })
  })

  it('lists every leak with its text field', () => {
    expect(
      teachingCaseLeaks({ title: '李娜', story: '', actions: '京A12345', lessons: '13800000002' }, LI_NA),
    ).toEqual([
      { field: 'title', kind: 'name', index: 0, length: 2 },
      { field: 'actions', kind: 'plate', index: 0, length: 7 },
      { field: 'lessons', kind: 'phone', index: 0, length: 11 },
    ])
  })
})

describe('draftFromCase: the draft pre-filled from the closed case, its personal data masked', () => {
  const closed = at('closed', {
    summary: '李娜：大灯闪烁 京A12345',
    description: '李娜来电（13800000002），大灯调整后仍闪烁。',
    cause: 'parts_availability',
    mindsets: ['respect', 'compensation'],
    communicationStyle: 'driver',
    solutions: [
      { title: '更换大灯总成', description: '向厂家订货' },
      { title: '补偿工时', description: '' },
    ],
    result: '更换大灯，免工时费。VIN LHX7B2345N0000002',
  })

  it.each([
    ['private owner', false, ['HL-X7-L'], 'private', 'HL-X7-L'],
    ['key account, no part', true, [], 'key_account', null],
  ] as const)('%s', (_, keyAccount, partCodes, customerType, partCode) => {
    const d = draftFromCase(closed, { personal: LI_NA, keyAccount, partCodes })
    expect(d).toEqual({
      title: '某客户：大灯闪烁 ***',
      cause: 'parts_availability',
      partCode,
      customerType,
      communicationStyle: 'driver',
      mindsets: ['respect', 'compensation'],
      story: '某客户来电（***），大灯调整后仍闪烁。',
      actions: '更换大灯总成：向厂家订货\n补偿工时\n更换大灯，免工时费。VIN ***',
      lessons: '',
    })
    expect(teachingCaseLeaks(d, LI_NA)).toEqual([])
  })

  it('adds the recorded story when it says more than the description', () => {
    const d = draftFromCase(
      at('closed', {
        description: 'd',
        story: {
          what: '客户说灯闪',
          when: '',
          where: '',
          who: '',
          tools: '',
          otherParties: '',
          confirmedByCustomer: true,
        },
      }),
      { personal: LI_NA, keyAccount: false, partCodes: [] },
    )
    expect(d.story).toBe('d\n客户说灯闪')
  })
})

describe('learning vocabularies read in both languages', () => {
  it.each([
    ['customer types', CUSTOMER_TYPES, CUSTOMER_TYPE_LABELS],
    ['teaching case statuses', TEACHING_CASE_STATUSES, TEACHING_CASE_STATUS_LABELS],
  ] as const)('%s', (_, values, labels) => {
    expectBilingualLabels(values as readonly string[], labels as Record<string, { zh: string; en: string }>)
  })
})
