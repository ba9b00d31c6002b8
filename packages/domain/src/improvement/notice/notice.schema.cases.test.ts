import { describe, expect, it } from 'vitest'
import { chars, refusedPaths, UUID, UUID2 } from '../cases.test-fixtures'
import {
  awaitingResponsibilityInput,
  createNoticeInput,
  NOTICE_KINDS,
  NOTICE_MAX_FEN,
  NOTICE_REASON_MAX,
  NOTICE_STATES,
  noticeFieldsSchema,
  noticeIdInput,
  noticeListInput,
  noticeRefInput,
  recordResponsibilityInput,
  rejectNoticeInput,
  stationNoticeListInput,
  updateNoticeInput,
} from './notice.schema'

const fields = { kind: 'penalty', amountFen: 50_000, reason: '未按时回访', unitOrgId: UUID }

describe('the notice vocabularies and bounds', () => {
  it('are exactly these', () => {
    expect(NOTICE_KINDS).toEqual(['reward', 'penalty'])
    expect(NOTICE_STATES).toEqual(['draft', 'submitted', 'approved', 'rejected'])
    expect(NOTICE_MAX_FEN).toBe(100_000_000)
    expect(NOTICE_REASON_MAX).toBe(500)
  })
})

describe('noticeFieldsSchema: kind, 1 fen to ¥1 000 000, a reason of 1–500, a unit, maybe a person', () => {
  it('fills the person with null and trims the texts', () => {
    expect(noticeFieldsSchema.parse({ ...fields, reason: ' r ' })).toEqual({
      ...fields,
      reason: 'r',
      personName: null,
    })
    expect(noticeFieldsSchema.parse({ ...fields, personName: ' 张三 ' }).personName).toBe('张三')
  })
  it.each([
    [{ amountFen: 1 }],
    [{ amountFen: NOTICE_MAX_FEN }],
    [{ reason: chars(500) }],
    [{ kind: 'reward' }],
    [{ personName: chars(50) }],
    [{ personName: null }],
  ])('accepts %o', (patch) => expect(refusedPaths(noticeFieldsSchema, { ...fields, ...patch })).toEqual([]))
  it.each([
    [{ amountFen: 0 }, ['amountFen']],
    [{ amountFen: -1 }, ['amountFen']],
    [{ amountFen: NOTICE_MAX_FEN + 1 }, ['amountFen']],
    [{ amountFen: 1.5 }, ['amountFen']],
    [{ reason: '' }, ['reason']],
    [{ reason: ' ' }, ['reason']],
    [{ reason: chars(501) }, ['reason']],
    [{ kind: 'bonus' }, ['kind']],
    [{ unitOrgId: 'st1' }, ['unitOrgId']],
    [{ personName: chars(51) }, ['personName']],
  ])('refuses %o on %j', (patch, paths) =>
    expect(refusedPaths(noticeFieldsSchema, { ...fields, ...patch })).toEqual(paths),
  )
})

describe('commands on a notice', () => {
  it('create: a request id and a case besides the fields', () => {
    const ok = { clientRequestId: UUID, complaintId: UUID2, ...fields }
    expect(createNoticeInput.parse(ok)).toEqual({ ...ok, personName: null })
    expect(refusedPaths(createNoticeInput, { ...ok, clientRequestId: 'r' })).toEqual(['clientRequestId'])
    expect(refusedPaths(createNoticeInput, { ...ok, complaintId: 'c' })).toEqual(['complaintId'])
  })
  it('update, approve and reject: an id and a version from 1', () => {
    const ok = { id: UUID, version: 1, ...fields }
    expect(updateNoticeInput.parse(ok)).toEqual({ ...ok, personName: null })
    expect(refusedPaths(updateNoticeInput, { ...ok, version: 0 })).toEqual(['version'])
    expect(refusedPaths(updateNoticeInput, { ...ok, version: 1.5 })).toEqual(['version'])
    expect(refusedPaths(updateNoticeInput, { ...ok, id: 'n' })).toEqual(['id'])
    expect(refusedPaths(noticeRefInput, { id: UUID, version: 1 })).toEqual([])
    expect(refusedPaths(noticeRefInput, { id: UUID, version: 0 })).toEqual(['version'])
    expect(refusedPaths(noticeRefInput, { id: UUID, version: 2.5 })).toEqual(['version'])
    expect(refusedPaths(noticeRefInput, { id: 'n', version: 1 })).toEqual(['id'])
    expect(refusedPaths(noticeIdInput, { id: UUID })).toEqual([])
    expect(refusedPaths(noticeIdInput, { id: 'n' })).toEqual(['id'])
  })
  it('reject: a reason of 1–500, trimmed', () => {
    const ok = { id: UUID, version: 1 }
    expect(rejectNoticeInput.parse({ ...ok, reason: ` ${chars(500)} ` }).reason).toBe(chars(500))
    expect(refusedPaths(rejectNoticeInput, { ...ok, reason: chars(501) })).toEqual(['reason'])
    expect(refusedPaths(rejectNoticeInput, { ...ok, reason: '  ' })).toEqual(['reason'])
    expect(refusedPaths(rejectNoticeInput, { ...ok })).toEqual(['reason'])
  })
})

describe('recordResponsibilityInput: a unit, a cause (listed or in words) and the impact', () => {
  const ok = {
    complaintId: UUID,
    unitOrgId: UUID2,
    causeCode: 'fees',
    impact: '客户投诉升级',
    baseVersion: 0,
  }
  it('fills the optional fields with null and trims', () => {
    expect(recordResponsibilityInput.parse({ ...ok, impact: ' i ' })).toEqual({
      ...ok,
      impact: 'i',
      personName: null,
      causeText: null,
    })
    const { causeCode: _, ...noCode } = ok
    expect(recordResponsibilityInput.parse({ ...noCode, causeText: ' 备件缺货 ' })).toEqual({
      ...noCode,
      causeCode: null,
      causeText: '备件缺货',
      personName: null,
    })
  })
  it.each([
    [{ impact: chars(500) }],
    [{ causeText: chars(200) }],
    [{ personName: chars(50) }],
    [{ baseVersion: 7 }],
    [{ causeCode: null, causeText: 'x' }],
  ])('accepts %o', (patch) =>
    expect(refusedPaths(recordResponsibilityInput, { ...ok, ...patch })).toEqual([]),
  )
  it.each([
    [{ causeCode: null }, ['causeCode']],
    [{ causeCode: null, causeText: '' }, ['causeCode']],
    [{ causeCode: null, causeText: '   ' }, ['causeCode']],
    [{ causeCode: null, causeText: null }, ['causeCode']],
    [{ causeCode: 'weather' }, ['causeCode']],
    [{ causeText: chars(201) }, ['causeText']],
    [{ impact: '' }, ['impact']],
    [{ impact: ' ' }, ['impact']],
    [{ impact: chars(501) }, ['impact']],
    [{ personName: chars(51) }, ['personName']],
    [{ baseVersion: -1 }, ['baseVersion']],
    [{ baseVersion: 0.5 }, ['baseVersion']],
    [{ complaintId: 'c' }, ['complaintId']],
    [{ unitOrgId: 'u' }, ['unitOrgId']],
  ])('refuses %o on %j', (patch, paths) =>
    expect(refusedPaths(recordResponsibilityInput, { ...ok, ...patch })).toEqual(paths),
  )
})

describe('lists', () => {
  it('HQ: paging, a search and an optional state', () => {
    expect(noticeListInput.parse({})).toEqual({ page: 1, pageSize: 20 })
    expect(noticeListInput.parse({ state: 'submitted', q: 'x' })).toEqual({
      page: 1,
      pageSize: 20,
      state: 'submitted',
      q: 'x',
    })
    expect(refusedPaths(noticeListInput, { state: 'closed' })).toEqual(['state'])
  })
  it('a station: paging without a search', () => {
    expect(stationNoticeListInput.parse({ page: 2, q: 'x' })).toEqual({ page: 2, pageSize: 20 })
  })
  it('awaiting responsibility: a month', () => {
    expect(refusedPaths(awaitingResponsibilityInput, { month: '2026-11' })).toEqual([])
    expect(refusedPaths(awaitingResponsibilityInput, { month: '2026-13' })).toEqual(['month'])
  })
})
