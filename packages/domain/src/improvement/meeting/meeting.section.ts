import type { Cause, Kind, ResponsibleUnit } from '../../complaint'
import type { PackSection } from './meeting.vocabulary'

/** The complaint fields that decide a case's section of the pack. */
export type SectionFacts = {
  kind: Kind | string
  cause: Cause | string
  responsibleUnit: ResponsibleUnit | string | null
}

/** Units that own product-quality problems: HQ quality, HQ technical support and suppliers (8D). */
const QUALITY_UNITS: readonly string[] = ['hq_quality', 'hq_technical', 'supplier']

/**
 * Which section of the review pack a case belongs to (domain.md "After the case": quality prepares the
 * quality-related complaints, the other countermeasure units the rest):
 * - a non-quality market complaint (非质量抱怨) is never the quality unit's, whatever else it says;
 * - a case quality control gave to a product-quality unit (HQ quality, technical support, a supplier) is quality;
 * - a product defect is quality;
 * - everything else (attitude, waiting, fees, parts supply, promises, rescue, workmanship) is the service side's.
 */
export function packSectionOf(c: SectionFacts): PackSection {
  if (c.kind === 'non_quality') return 'non_quality'
  if (c.responsibleUnit !== null && QUALITY_UNITS.includes(c.responsibleUnit)) return 'quality'
  return c.cause === 'product_defect' ? 'quality' : 'non_quality'
}

/** The HQ department that writes a section's conclusion. */
export const SECTION_UNIT: Record<PackSection, 'hq_quality' | 'hq_service'> = {
  quality: 'hq_quality',
  non_quality: 'hq_service',
}
