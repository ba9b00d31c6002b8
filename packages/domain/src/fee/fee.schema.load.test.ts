import { describe, expect, it } from 'vitest'

/**
 * The fee input schemas, loaded inside the test: a schema that cannot even be built (e.g. a pick of a
 * field it no longer has) fails here as a test, not as a file that never loads.
 */
describe('the fee input schemas load and read a return deadline', () => {
  it('sets and removes a return deadline by scope and key', async () => {
    const { removeReturnDeadlineInput, setReturnDeadlineInput } = await import('./fee.schema')
    expect(setReturnDeadlineInput.parse({ scope: 'part', key: ' hl-001 ', days: 30 })).toEqual({
      scope: 'part',
      key: 'HL-001',
      days: 30,
    })
    expect(removeReturnDeadlineInput.parse({ scope: 'default', key: '*', days: 30 })).toEqual({
      scope: 'default',
      key: '*',
    })
  })
})
