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

/** Saves a text file in the browser. */
export function download(filename: string, text: string, mime = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type: mime }))
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
