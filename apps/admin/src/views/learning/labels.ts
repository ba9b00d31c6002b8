/** Who makes and edits teaching cases: HQ's admin, service desk and quality (as the server says). */
export const TEACHING_EDITORS = ['hq_admin', 'hq_service', 'hq_quality'] as const

/** Where a published case opens in the admin library. */
export const libraryCaseRoute = (id: string) => ({ name: 'teaching-library-case', params: { id } })
