import type { Role } from '../../identity'
import type { Conclusion, Meeting } from './meeting.entity'
import { meetingErrors } from './meeting.errors'
import { SECTION_UNIT } from './meeting.section'
import type { PackSection } from './meeting.vocabulary'

/**
 * Before the minutes are final the pack may be regenerated and conclusions, resolutions and actions
 * added; once final the meeting is frozen (its actions are still tracked to done).
 */
export function assertOpen(m: Pick<Meeting, 'status'>): void {
  if (m.status === 'final') throw meetingErrors.final()
}

export function assertMayFinalise(m: Pick<Meeting, 'status' | 'pack'>): void {
  assertOpen(m)
  if (!m.pack) throw meetingErrors.noPack()
}

/** HQ quality concludes the quality section, HQ service the non-quality one; an HQ admin either. */
export function mayConclude(roles: readonly Role[], section: PackSection): boolean {
  return roles.includes('hq_admin') || roles.includes(SECTION_UNIT[section])
}

/** A section has one conclusion: writing it again replaces the earlier text. */
export function withConclusion(
  m: Pick<Meeting, 'status' | 'conclusions'>,
  roles: readonly Role[],
  c: Conclusion,
): Conclusion[] {
  assertOpen(m)
  if (!mayConclude(roles, c.section)) throw meetingErrors.notYourSection()
  return [...m.conclusions.filter((x) => x.section !== c.section), c].sort((a, b) =>
    a.section.localeCompare(b.section),
  )
}
