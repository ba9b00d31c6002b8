import type { UserView } from '@asq/api-client'
import { useQuery } from '@tanstack/vue-query'
import { useUiClient } from '../app/client-port'
import type { UserFormValues } from './UserFormDialog.vue'

/** Whose users a screen manages: HQ every organisation's, a station manager the station's own staff. */
export type UserAudience = 'hq' | 'station'
export type UserListParams = { page: number; pageSize: number; q?: string; orgId?: string }

/**
 * The user procedures of an audience. HQ and a station manager run the same screen over parallel
 * procedures (`users` / `stationUsers`, …), so the choice lives here once instead of in each app.
 */
export function useUserCalls(audience: UserAudience) {
  const { useApi, keyOf } = useUiClient()
  const id = useApi().client.identity
  const setAway = (u: UserView, away: boolean) => id.setAway.mutate({ id: u.id, away })
  const change = (u: UserView) => ({ id: u.id, active: !u.active, version: u.version })
  if (audience === 'hq') {
    const orgs = useQuery({
      queryKey: keyOf.identity.organisations({}),
      queryFn: () => id.organisations.query({}),
      staleTime: 300_000,
    })
    return {
      orgs,
      listKey: keyOf.identity.users,
      list: (p: UserListParams) => id.users.query(p),
      setActive: (u: UserView) => id.setUserActive.mutate(change(u)),
      setAway,
      create: (v: UserFormValues) => id.createUser.mutate(v),
    }
  }
  return {
    orgs: null,
    listKey: keyOf.identity.stationUsers,
    list: (p: UserListParams) => id.stationUsers.query(p),
    setActive: (u: UserView) => id.setStationUserActive.mutate(change(u)),
    setAway,
    // A station manager's new user belongs to the manager's own station: the server sets it.
    create: ({ orgId: _station, ...v }: UserFormValues) => id.createStationUser.mutate(v),
  }
}
