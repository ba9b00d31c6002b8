/** Query keys shared by the apps, so that a mutation can invalidate what it changed. */
export const meQueryKey = ['auth', 'me'] as const
export const queryKeys = {
  me: meQueryKey,
  organisations: (kind?: string) => ['identity', 'organisations', kind ?? 'all'] as const,
  users: ['identity', 'users'] as const,
  stationUsers: ['identity', 'stationUsers'] as const,
  outbox: ['platform', 'outbox'] as const,
  audit: ['platform', 'audit'] as const,
}
