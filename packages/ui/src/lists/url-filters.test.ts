import { describe, expect, it } from 'vitest'
import { criteriaOf, filtersFromQuery, mergeQuery, queryFromFilters } from './url-filters'

const defaults = { status: undefined as string | undefined, overdue: false, q: '', size: 20 }

describe('list filters in the URL', () => {
  it('reads each filter with its default type and falls back on what is missing or unreadable', () => {
    expect(filtersFromQuery(defaults, { status: 'open', overdue: '1', size: '50' })).toEqual({
      status: 'open',
      overdue: true,
      q: '',
      size: 50,
    })
    expect(filtersFromQuery(defaults, { size: 'x', overdue: '0', q: ['a', 'b'] })).toEqual({
      status: undefined,
      overdue: false,
      q: 'a',
      size: 20,
    })
  })

  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    const f = { status: 'closed', overdue: true, q: '张三', size: 20 }
    const q = queryFromFilters(defaults, f)
    expect(q).toEqual({ status: 'closed', overdue: '1', q: '张三' })
    expect(filtersFromQuery(defaults, q)).toEqual(f)
    expect(queryFromFilters(defaults, defaults)).toEqual({})
  })

  it('keeps the route parameters that are not filters', () => {
    expect(mergeQuery(defaults, { tab: 'parts', status: 'open' }, { ...defaults, q: 'x' })).toEqual({
      tab: 'parts',
      q: 'x',
    })
  })

  it('hands the procedure no empty text and no unticked switch', () => {
    expect(criteriaOf({ status: 'open', overdue: false, q: '', size: 20 })).toEqual({
      status: 'open',
      overdue: undefined,
      q: undefined,
      size: 20,
    })
  })

  it('keeps a cleared choice whose default is not empty ("all" over a default status) as an empty value', () => {
    const d = { status: 'requested' as string | undefined }
    expect(queryFromFilters(d, { status: undefined })).toEqual({ status: '' })
    expect(filtersFromQuery(d, { status: '' })).toEqual({ status: undefined })
    expect(filtersFromQuery(d, {})).toEqual({ status: 'requested' })
    expect(queryFromFilters(d, { status: 'requested' })).toEqual({})
  })

  it('takes a cleared picker (Element Plus sets null) as nothing chosen, in the URL and in the call', () => {
    const cleared = { ...defaults, status: null as unknown as string | undefined }
    expect(queryFromFilters(defaults, cleared)).toEqual({})
    expect(criteriaOf(cleared).status).toBeUndefined()
  })
})
