import type { Severity } from '../complaint'

/**
 * A serious case in the sense of the monthly review (domain.md "After the case"): a major (重大)
 * complaint. The review meeting's pack lists those closed in the period, and each of them gets a
 * responsible unit or person and may get a reward/penalty notice.
 */
export const isSeriousCase = (c: { severity: Severity }): boolean => c.severity === 'major'
