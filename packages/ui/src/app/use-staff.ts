import { computed } from 'vue'
import { useUiClient } from './client-port'

/** The signed-in staff member (null while loading or for a customer), from the app's `me` query. */
export function useStaff() {
  const me = useUiClient().useMe()
  return computed(() => (me.data.value?.kind === 'staff' ? me.data.value : null))
}
