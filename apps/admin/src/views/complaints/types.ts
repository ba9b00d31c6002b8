export const deskKeys = {
  all: ['complaint', 'desk'] as const,
  list: ['complaint', 'desk', 'list'] as const,
  one: (id: string) => ['complaint', 'desk', 'get', id] as const,
  board: ['complaint', 'desk', 'board'] as const,
  compensations: ['complaint', 'desk', 'compensations'] as const,
  parts: ['complaint', 'desk', 'parts'] as const,
  tech: ['complaint', 'desk', 'tech'] as const,
}

/** The roles that work the complaint desk (finance has no business here). */
export const DESK_ROLES = ['hq_admin', 'hq_service', 'hq_quality'] as const
