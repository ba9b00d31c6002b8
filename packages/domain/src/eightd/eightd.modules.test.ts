import { describe, expect, it } from 'vitest'

/**
 * Each module of the context loads: imported inside the test, so a module that throws while it is
 * being defined (a schema that cannot be built, say) fails a test instead of the whole file.
 */
describe('the 8D modules load', () => {
  it.each([
    ['content', () => import('./eightd.content'), 'parseStepContent'],
    ['errors', () => import('./eightd.errors'), 'eightdErrors'],
    ['form', () => import('./eightd.form'), 'STEP_FORMS'],
    ['notify', () => import('./eightd.notify'), 'eightdRecipient'],
    ['number', () => import('./eightd.number'), 'eightdNumber'],
    ['policy', () => import('./eightd.policy'), 'eightdSettingsSchema'],
    ['recovery', () => import('./eightd.recovery'), 'computeRecovery'],
    ['schema', () => import('./eightd.schema'), 'openClaimInput'],
    ['scorecard', () => import('./eightd.scorecard'), 'supplierScorecard'],
    ['steps', () => import('./eightd.steps'), 'submitTransition'],
    ['vocabulary', () => import('./eightd.vocabulary'), 'DISCIPLINES'],
  ] as const)('%s', async (_, load, name) => {
    const m: Record<string, unknown> = await load()
    expect(m[name]).toBeDefined()
  })
})
