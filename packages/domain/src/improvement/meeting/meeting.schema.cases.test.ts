import { describe, expect, it } from 'vitest'
import { chars, refusedPaths, UUID, UUID2 } from '../cases.test-fixtures'
import {
  actionDraftSchema,
  actionFileInput,
  addActionInput,
  addConclusionInput,
  completeActionInput,
  listMeetingsInput,
  meetingRefInput,
  meetingVersionInput,
  myActionsInput,
  periodChoiceSchema,
  recordResolutionInput,
  scheduleMeetingInput,
  unitPeopleInput,
} from './meeting.schema'

const draft = {
  title: 'Retrain the reception desk',
  ownerOrgId: UUID,
  ownerUserId: UUID2,
  dueDate: '2026-12-31',
}

describe('periodChoiceSchema: a month as YYYY-MM or a custom range of real dates', () => {
  it.each(['2026-01', '2026-09', '2026-10', '2026-12', '1999-11'])('month %s is accepted', (month) =>
    expect(refusedPaths(periodChoiceSchema, { kind: 'month', month })).toEqual([]),
  )
  it.each([
    '2026-00',
    '2026-13',
    '2026-1',
    '2026-001',
    '2026-011',
    '20260-01',
    '12026-01',
    '202-01',
    'x2026-01',
    '2026-01x',
    '2026/01',
    'abcd-01',
    '',
  ])('month %j is refused on month', (month) =>
    expect(refusedPaths(periodChoiceSchema, { kind: 'month', month })).toEqual(['month']),
  )
  it('a custom range of real dates is accepted as given', () => {
    const p = { kind: 'custom', from: '2026-11-01', to: '2026-11-30' }
    expect(periodChoiceSchema.parse(p)).toEqual(p)
  })
  it.each([
    [{ kind: 'custom', from: '2026-02-30', to: '2026-03-01' }, ['from']],
    [{ kind: 'custom', from: '2026-02-01', to: '2026-13-01' }, ['to']],
    [{ kind: 'custom', from: '2026-02-01' }, ['to']],
    [{ kind: 'week', from: '2026-02-01', to: '2026-02-07' }, ['kind']],
    [{ month: '2026-01' }, ['kind']],
  ])('%j is refused on %j', (input, paths) => expect(refusedPaths(periodChoiceSchema, input)).toEqual(paths))
})

describe('scheduleMeetingInput', () => {
  const ok = { idempotencyKey: UUID, period: { kind: 'month', month: '2026-11' }, meetingDate: '2026-12-03' }
  it('accepts a key, a period and a meeting date', () => expect(scheduleMeetingInput.parse(ok)).toEqual(ok))
  it.each([
    [{ ...ok, idempotencyKey: 'k-1' }, ['idempotencyKey']],
    [{ ...ok, period: { kind: 'month', month: '2026-13' } }, ['period.month']],
    [{ ...ok, meetingDate: '2026-12-32' }, ['meetingDate']],
    [{ ...ok, meetingDate: undefined }, ['meetingDate']],
  ])('%j is refused on %j', (input, paths) =>
    expect(refusedPaths(scheduleMeetingInput, input)).toEqual(paths),
  )
})

describe('references to a meeting', () => {
  it('an id, and a version from 1', () => {
    expect(refusedPaths(meetingRefInput, { id: UUID })).toEqual([])
    expect(refusedPaths(meetingRefInput, { id: 'm-1' })).toEqual(['id'])
    expect(refusedPaths(meetingVersionInput, { id: UUID, version: 1 })).toEqual([])
    expect(refusedPaths(meetingVersionInput, { id: UUID, version: 0 })).toEqual(['version'])
    expect(refusedPaths(meetingVersionInput, { id: UUID, version: 1.5 })).toEqual(['version'])
    expect(refusedPaths(meetingVersionInput, { id: 'm-1', version: 1 })).toEqual(['id'])
    expect(refusedPaths(unitPeopleInput, { orgId: UUID })).toEqual([])
    expect(refusedPaths(unitPeopleInput, { orgId: 'hq' })).toEqual(['orgId'])
  })
})

describe('addConclusionInput: a section and a text of 1–4000 characters, trimmed', () => {
  const ok = { id: UUID, version: 2, section: 'quality', text: 'Supplier 8D opened' }
  it.each(['quality', 'non_quality'])('section %s', (section) =>
    expect(refusedPaths(addConclusionInput, { ...ok, section })).toEqual([]),
  )
  it('trims the text', () => expect(addConclusionInput.parse({ ...ok, text: '  ok  ' }).text).toBe('ok'))
  it.each([
    [{ ...ok, section: 'other' }, ['section']],
    [{ ...ok, text: '' }, ['text']],
    [{ ...ok, text: '   ' }, ['text']],
    [{ ...ok, text: chars(4001) }, ['text']],
    [{ ...ok, version: 0 }, ['version']],
    [{ ...ok, id: 'x' }, ['id']],
  ])('%#: refused on %j', (input, paths) => expect(refusedPaths(addConclusionInput, input)).toEqual(paths))
  it('4000 characters pass, with spaces around them', () =>
    expect(refusedPaths(addConclusionInput, { ...ok, text: ` ${chars(4000)} ` })).toEqual([]))
  it('one character passes', () => expect(refusedPaths(addConclusionInput, { ...ok, text: 'a' })).toEqual([]))
})

describe('actionDraftSchema: a title of 1–500, an owner unit and person, a real due date', () => {
  it('accepts a draft and trims its title', () =>
    expect(actionDraftSchema.parse({ ...draft, title: ` ${chars(500)} ` })).toEqual({
      ...draft,
      title: chars(500),
    }))
  it.each([
    [{ ...draft, title: '' }, ['title']],
    [{ ...draft, title: '  ' }, ['title']],
    [{ ...draft, title: chars(501) }, ['title']],
    [{ ...draft, ownerOrgId: 'hq' }, ['ownerOrgId']],
    [{ ...draft, ownerUserId: 'u1' }, ['ownerUserId']],
    [{ ...draft, dueDate: '2026-02-29' }, ['dueDate']],
  ])('%#: refused on %j', (input, paths) => expect(refusedPaths(actionDraftSchema, input)).toEqual(paths))
})

describe('recordResolutionInput: a text of 1–2000 and 1–10 actions', () => {
  const ok = { id: UUID, version: 1, idempotencyKey: UUID2, text: 'Train all stations', actions: [draft] }
  it('accepts a resolution with one action and with ten', () => {
    expect(recordResolutionInput.parse(ok)).toEqual(ok)
    expect(refusedPaths(recordResolutionInput, { ...ok, actions: Array(10).fill(draft) })).toEqual([])
    expect(refusedPaths(recordResolutionInput, { ...ok, text: chars(2000) })).toEqual([])
  })
  it.each([
    [{ ...ok, actions: [] }, ['actions']],
    [{ ...ok, actions: Array(11).fill(draft) }, ['actions']],
    [{ ...ok, actions: [{ ...draft, title: '' }] }, ['actions.0.title']],
    [{ ...ok, text: ' ' }, ['text']],
    [{ ...ok, text: chars(2001) }, ['text']],
    [{ ...ok, idempotencyKey: 'k' }, ['idempotencyKey']],
    [{ ...ok, version: 0 }, ['version']],
  ])('%#: refused on %j', (input, paths) => expect(refusedPaths(recordResolutionInput, input)).toEqual(paths))
})

describe('addActionInput: a draft for a resolution', () => {
  const ok = { ...draft, resolutionId: UUID, version: 3, idempotencyKey: UUID2 }
  it('accepts it', () => expect(addActionInput.parse(ok)).toEqual(ok))
  it.each([
    [{ ...ok, resolutionId: 'r' }, ['resolutionId']],
    [{ ...ok, version: 0 }, ['version']],
    [{ ...ok, idempotencyKey: 'k' }, ['idempotencyKey']],
    [{ ...ok, title: '' }, ['title']],
  ])('%#: refused on %j', (input, paths) => expect(refusedPaths(addActionInput, input)).toEqual(paths))
})

describe('lists', () => {
  it('meetings: page and page size with their defaults, nothing else', () => {
    expect(listMeetingsInput.parse({})).toEqual({ page: 1, pageSize: 20 })
    expect(listMeetingsInput.parse({ page: 2, pageSize: 200, q: 'x' })).toEqual({ page: 2, pageSize: 200 })
    expect(refusedPaths(listMeetingsInput, { page: 0 })).toEqual(['page'])
    expect(refusedPaths(listMeetingsInput, { pageSize: 201 })).toEqual(['pageSize'])
  })
  it('my actions: paging and an optional status', () => {
    expect(myActionsInput.parse({})).toEqual({ page: 1, pageSize: 20 })
    expect(myActionsInput.parse({ status: 'open' })).toEqual({ page: 1, pageSize: 20, status: 'open' })
    expect(myActionsInput.parse({ status: 'done', q: 'x' })).toEqual({
      page: 1,
      pageSize: 20,
      status: 'done',
    })
    expect(refusedPaths(myActionsInput, { status: 'late' })).toEqual(['status'])
    expect(refusedPaths(myActionsInput, { page: 0 })).toEqual(['page'])
  })
})

describe('completeActionInput: evidence up to 2000 (emptiness is the rule’s), up to 5 uploads', () => {
  const ok = { id: UUID, version: 1, evidence: 'Retrained on 12-01' }
  it('uploads default to none; evidence is trimmed and may be empty here', () => {
    expect(completeActionInput.parse(ok)).toEqual({ ...ok, uploadIds: [] })
    expect(completeActionInput.parse({ ...ok, evidence: `  ${chars(2000)}  ` }).evidence).toBe(chars(2000))
    expect(completeActionInput.parse({ ...ok, evidence: '   ' }).evidence).toBe('')
    expect(refusedPaths(completeActionInput, { ...ok, uploadIds: Array(5).fill(UUID) })).toEqual([])
  })
  it.each([
    [{ ...ok, evidence: chars(2001) }, ['evidence']],
    [{ ...ok, uploadIds: Array(6).fill(UUID) }, ['uploadIds']],
    [{ ...ok, uploadIds: ['f1'] }, ['uploadIds.0']],
    [{ ...ok, version: 0 }, ['version']],
    [{ ...ok, id: 'a' }, ['id']],
  ])('%#: refused on %j', (input, paths) => expect(refusedPaths(completeActionInput, input)).toEqual(paths))
})

describe('actionFileInput: an action and one of its files by content digest', () => {
  const digest = 'a'.repeat(64)
  it('takes a lower-case hex SHA-256', () => {
    expect(refusedPaths(actionFileInput, { id: UUID, sha256: digest })).toEqual([])
    expect(refusedPaths(actionFileInput, { id: UUID, sha256: '0123456789abcdef'.repeat(4) })).toEqual([])
  })
  it.each([
    ['one digit short', 'a'.repeat(63)],
    ['one digit long', 'a'.repeat(65)],
    ['upper case', 'A'.repeat(64)],
    ['not hex', 'g'.repeat(64)],
    ['a path', `../${'a'.repeat(61)}`],
    ['a digest with text after it', `${digest}\n`],
  ])('refuses %s on the field', (_, sha256) => {
    expect(refusedPaths(actionFileInput, { id: UUID, sha256 })).toEqual(['sha256'])
  })
  it('refuses a malformed action id on its field', () => {
    expect(refusedPaths(actionFileInput, { id: 'x', sha256: digest })).toEqual(['id'])
  })
})
