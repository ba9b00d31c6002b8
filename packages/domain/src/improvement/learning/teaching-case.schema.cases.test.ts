import { describe, expect, it } from 'vitest'
import { chars, refusedPaths, UUID, UUID2 } from '../cases.test-fixtures'
import {
  createTeachingCaseInput,
  manageTeachingCasesInput,
  searchTeachingCasesInput,
  similarTeachingCasesInput,
  teachingCaseContentSchema,
  teachingCaseIdInput,
  teachingCaseRefInput,
  updateTeachingCaseInput,
} from './teaching-case.schema'

const content = {
  title: '等待时间过长的抱怨',
  cause: 'waiting_time',
  partCode: null,
  customerType: 'private',
  communicationStyle: null,
  mindsets: [],
  story: '',
  actions: '',
  lessons: '',
}

describe('teachingCaseContentSchema: every bound on its field', () => {
  it('trims the texts', () => {
    expect(
      teachingCaseContentSchema.parse({ ...content, title: ' t ', story: ' s ', partCode: ' P-1 ' }),
    ).toEqual({ ...content, title: 't', story: 's', partCode: 'P-1' })
  })
  it.each([
    [{ title: chars(120) }],
    [{ partCode: chars(40) }],
    [{ customerType: 'fleet' }],
    [{ communicationStyle: 'driver' }],
    [{ mindsets: ['venting', 'respect', 'compensation', 'retaliation'] }],
    [{ story: chars(4000), actions: chars(4000), lessons: chars(4000) }],
  ])('accepts %#', (patch) =>
    expect(refusedPaths(teachingCaseContentSchema, { ...content, ...patch })).toEqual([]),
  )
  it.each([
    [{ title: '' }, ['title']],
    [{ title: '  ' }, ['title']],
    [{ title: chars(121) }, ['title']],
    [{ cause: 'weather' }, ['cause']],
    [{ partCode: '' }, ['partCode']],
    [{ partCode: ' ' }, ['partCode']],
    [{ partCode: chars(41) }, ['partCode']],
    [{ customerType: 'vip' }, ['customerType']],
    [{ communicationStyle: 'loud' }, ['communicationStyle']],
    [{ mindsets: ['venting', 'respect', 'compensation', 'retaliation', 'venting'] }, ['mindsets']],
    [{ mindsets: ['anger'] }, ['mindsets.0']],
    [{ story: chars(4001) }, ['story']],
    [{ actions: chars(4001) }, ['actions']],
    [{ lessons: chars(4001) }, ['lessons']],
  ])('refuses %# on %j', (patch, paths) =>
    expect(refusedPaths(teachingCaseContentSchema, { ...content, ...patch })).toEqual(paths),
  )
})

describe('commands and lists', () => {
  it('create: a request id and a complaint', () => {
    expect(refusedPaths(createTeachingCaseInput, { clientRequestId: UUID, complaintId: UUID2 })).toEqual([])
    expect(refusedPaths(createTeachingCaseInput, { clientRequestId: 'r', complaintId: UUID2 })).toEqual([
      'clientRequestId',
    ])
    expect(refusedPaths(createTeachingCaseInput, { clientRequestId: UUID, complaintId: 'c' })).toEqual([
      'complaintId',
    ])
  })
  it('update and refer: an id and a version from 1', () => {
    expect(refusedPaths(updateTeachingCaseInput, { ...content, id: UUID, version: 1 })).toEqual([])
    expect(refusedPaths(updateTeachingCaseInput, { ...content, id: UUID, version: 0 })).toEqual(['version'])
    expect(refusedPaths(updateTeachingCaseInput, { ...content, id: 'x', version: 1 })).toEqual(['id'])
    expect(refusedPaths(teachingCaseRefInput, { id: UUID, version: 1 })).toEqual([])
    expect(refusedPaths(teachingCaseRefInput, { id: UUID, version: 0 })).toEqual(['version'])
    expect(refusedPaths(teachingCaseIdInput, { id: 'x' })).toEqual(['id'])
    expect(refusedPaths(similarTeachingCasesInput, { complaintId: UUID })).toEqual([])
    expect(refusedPaths(similarTeachingCasesInput, { complaintId: 'c' })).toEqual(['complaintId'])
  })
  it('the library: paging with optional cause, part and customer type', () => {
    expect(searchTeachingCasesInput.parse({})).toEqual({ page: 1, pageSize: 20 })
    expect(
      searchTeachingCasesInput.parse({ cause: 'fees', partCode: ' P-1 ', customerType: 'fleet', q: '等待' }),
    ).toEqual({ page: 1, pageSize: 20, cause: 'fees', partCode: 'P-1', customerType: 'fleet', q: '等待' })
    expect(refusedPaths(searchTeachingCasesInput, { cause: 'weather' })).toEqual(['cause'])
    expect(refusedPaths(searchTeachingCasesInput, { partCode: '' })).toEqual(['partCode'])
    expect(refusedPaths(searchTeachingCasesInput, { customerType: 'vip' })).toEqual(['customerType'])
  })
  it('HQ’s list: the same with an optional status', () => {
    expect(manageTeachingCasesInput.parse({ status: 'withdrawn' })).toEqual({
      page: 1,
      pageSize: 20,
      status: 'withdrawn',
    })
    expect(refusedPaths(manageTeachingCasesInput, { status: 'archived' })).toEqual(['status'])
    expect(refusedPaths(manageTeachingCasesInput, { cause: 'weather' })).toEqual(['cause'])
  })
})
