import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CAUSES, KINDS, RESPONSIBLE_UNITS } from '../../complaint'
import { packSectionOf } from './meeting.section'

describe('packSectionOf: which section of the review pack a case goes to', () => {
  it.each([
    // kind, cause, responsible unit → section
    ['non_quality', 'product_defect', 'hq_quality', 'non_quality'],
    ['non_quality', 'fees', null, 'non_quality'],
    ['appeal', 'product_defect', null, 'quality'],
    ['claim', 'product_defect', 'station', 'quality'],
    ['appeal', 'service_attitude', 'hq_quality', 'quality'],
    ['claim', 'parts_availability', 'supplier', 'quality'],
    ['appeal', 'waiting_time', 'hq_technical', 'quality'],
    ['appeal', 'repair_quality', 'station', 'non_quality'],
    ['claim', 'fees', 'hq_service', 'non_quality'],
    ['appeal', 'broken_promise', null, 'non_quality'],
    ['claim', 'rescue_not_given', 'station', 'non_quality'],
    ['appeal', 'other', null, 'non_quality'],
  ] as const)('%s / %s / %s → %s', (kind, cause, responsibleUnit, want) => {
    expect(packSectionOf({ kind, cause, responsibleUnit })).toBe(want)
  })

  it('a non-quality complaint is never in the quality section; a product defect of another kind always is', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.constantFrom(...CAUSES),
        fc.option(fc.constantFrom(...RESPONSIBLE_UNITS)),
        (kind, cause, responsibleUnit) => {
          const s = packSectionOf({ kind, cause, responsibleUnit })
          if (kind === 'non_quality') expect(s).toBe('non_quality')
          else if (cause === 'product_defect') expect(s).toBe('quality')
        },
      ),
    )
  })
})
