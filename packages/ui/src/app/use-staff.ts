import type { Role } from '@asq/api-client'
import { computed } from 'vue'
import { useUiClient } from './client-port'

/** The signed-in staff member (null while loading or for a customer), from the app's `me` query. */
export function useStaff() {
  const me = useUiClient().useMe()
  return computed(() => (me.data.value?.kind === 'staff' ? me.data.value : null))
}

/** Whether the signed-in staff member holds one of `roles` (false while loading): what a page may offer. */
export function useHasRole(...roles: Role[]) {
  const staff = useStaff()
  return computed(() => staff.value?.roles.some((r) => roles.includes(r)) ?? false)
}
