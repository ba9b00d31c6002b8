import { useQuery } from '@tanstack/vue-query'
import { meQueryKey } from './keys'
import { useApi } from './plugin'

/** The signed-in actor, or null (its own module: a sign-in page, which never asks, does not load useQuery). */
export function useMe() {
  const { client } = useApi()
  return useQuery({ queryKey: meQueryKey, queryFn: () => client.auth.me.query(), staleTime: 60_000 })
}
