/** Who makes and edits teaching cases: HQ's admin, service desk and quality (as the server says). */
export const TEACHING_EDITORS = ['hq_admin', 'hq_service', 'hq_quality'] as const
