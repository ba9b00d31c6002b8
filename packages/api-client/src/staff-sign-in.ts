import { ref } from 'vue'
import { useStaffLogin } from './auth'
import { type ApiError, toApiError } from './errors'
import { useApi } from './plugin'
import type { OrgKind } from './types'

/**
 * Staff sign-in for one app: an account of another kind of organisation (a dealer in /admin) is
 * signed straight out again and reported in `refused` (its org kind, or 'customer').
 */
export function useStaffSignIn(orgKind: OrgKind) {
  const api = useApi()
  const login = useStaffLogin()
  const error = ref<ApiError | null>(null)
  const refused = ref<string | null>(null)

  async function signIn(values: { username: string; password: string }): Promise<boolean> {
    error.value = null
    refused.value = null
    try {
      const actor = await login.mutateAsync(values)
      if (actor.kind === 'staff' && actor.orgKind === orgKind) return true
      await api.logout()
      refused.value = actor.kind === 'staff' ? actor.orgKind : 'customer'
      return false
    } catch (e) {
      error.value = toApiError(e)
      return false
    }
  }

  return { signIn, pending: login.isPending, error, refused }
}
