import { partialMatchKey, QueryClient } from '@tanstack/vue-query'
import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import { keyOf, meQueryKey } from './keys'

describe('keyOf', () => {
  it('builds the key of one call from the procedure path and its input', () => {
    expect(keyOf.eightd.supplier.get({ claimId: 'c1' })).toEqual([
      'eightd',
      'supplier',
      'get',
      { claimId: 'c1' },
    ])
  })

  it('gives the prefix of a procedure or a router when called without input', () => {
    expect(keyOf.eightd()).toEqual(['eightd'])
    expect(keyOf.eightd.supplier()).toEqual(['eightd', 'supplier'])
    expect(keyOf.eightd.supplier.get()).toEqual(['eightd', 'supplier', 'get'])
    expect(meQueryKey).toEqual(['auth', 'me'])
  })

  it('returns a fresh array each time, so a caller cannot change another key', () => {
    const a = keyOf.fee.hq()
    ;(a as unknown as string[]).push('x')
    expect(keyOf.fee.hq()).toEqual(['fee', 'hq'])
  })

  it('lets a router prefix match every query under it and nothing beside it (invalidation by path)', () => {
    const get = keyOf.eightd.supplier.get({ claimId: 'c1' })
    expect(partialMatchKey(get, keyOf.eightd())).toBe(true)
    expect(partialMatchKey(get, keyOf.eightd.supplier.get())).toBe(true)
    expect(partialMatchKey(get, keyOf.eightd.hq())).toBe(false)
    expect(partialMatchKey(keyOf.fee.station.quotes({}), keyOf.fee.hq())).toBe(false)
  })

  it('invalidates by path through a QueryClient, with refs in the input unwrapped', async () => {
    const qc = new QueryClient()
    const page = ref(2)
    qc.setQueryData(keyOf.identity.users({ page, pageSize: 20 }), 'users')
    qc.setQueryData(keyOf.identity.organisations({}), 'orgs')
    expect(qc.getQueryData(['identity', 'users', { page: 2, pageSize: 20 }])).toBe('users')
    await qc.invalidateQueries({ queryKey: keyOf.identity.users() })
    expect(qc.getQueryState(keyOf.identity.users({ page: 2, pageSize: 20 }))?.isInvalidated).toBe(true)
    expect(qc.getQueryState(keyOf.identity.organisations({}))?.isInvalidated).toBe(false)
  })
})
