import { describe, expect, it } from 'vitest'
import { chinaDateTime } from './clock'

describe('chinaDateTime', () => {
  it.each([
    ['2026-11-26T03:04:00Z', '2026-11-26 11:04'],
    ['2026-11-30T16:00:00Z', '2026-12-01 00:00'], // past local midnight: the next day, the next month
    ['2026-12-31T15:59:59Z', '2026-12-31 23:59'],
  ])('%s is %s in Beijing', (utc, local) => {
    expect(chinaDateTime(new Date(utc))).toBe(local)
  })
})
