export const stationKeys = {
  all: ['complaint', 'station'] as const,
  queue: ['complaint', 'station', 'queue'] as const,
  one: (id: string) => ['complaint', 'station', 'get', id] as const,
}
