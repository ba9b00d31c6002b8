/** Who makes and edits teaching cases: HQ's admin, service desk and quality (as the server says). */
export const TEACHING_EDITORS = ['hq_admin', 'hq_service', 'hq_quality'] as const

/** The learning centre's teaching-case pages, as tabs for the editors. */
export const TEACHING_TABS = [
  { name: 'cases', path: '/learning/cases' },
  { name: 'library', path: '/learning/library' },
] as const

/** Where a published case opens in the admin library. */
export const libraryCaseRoute = (id: string) => ({ name: 'teaching-library-case', params: { id } })
