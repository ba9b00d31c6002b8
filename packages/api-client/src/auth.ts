import { useMutation, useQueryClient } from '@tanstack/vue-query'
import { meQueryKey } from './keys'
import { useApi } from './plugin'
import type { Actor } from './types'

/** Staff sign-in; on success the `me` cache holds the new actor. */
export function useStaffLogin() {
  const { client } = useApi()
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: { username: string; password: string }) => client.auth.login.mutate(input),
    onSuccess: (actor: Actor) => qc.setQueryData(meQueryKey, actor),
  })
}

/** Customer sign-in, step 1: send a one-time code to a phone or e-mail address. */
export function useRequestCode() {
  const { client } = useApi()
  return useMutation({ mutationFn: (input: { contact: string }) => client.auth.requestCode.mutate(input) })
}

/** Customer sign-in, step 2: exchange the code for a session. */
export function useVerifyCode() {
  const { client } = useApi()
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: { contact: string; code: string }) => client.auth.verifyCode.mutate(input),
    onSuccess: (actor: Actor) => qc.setQueryData(meQueryKey, actor),
  })
}

/** Signs out and clears every cached query. */
export function useLogout() {
  const api = useApi()
  return useMutation({ mutationFn: () => api.logout() })
}
