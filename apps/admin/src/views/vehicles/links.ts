import { type HistoryRow, mayOpen, useStaff } from '@asq/ui'
import { useRouter } from 'vue-router'

/**
 * Where a history row opens in HQ's app: cases at the desk, 8D claims in the 8D module, each linked
 * only for the roles that may open it (finance sees vehicles and customers but does not work cases).
 */
export function useHistoryLinks() {
  const router = useRouter()
  const staff = useStaff()
  return (e: HistoryRow) => {
    const to =
      e.kind === 'complaint'
        ? { name: 'complaint', params: { id: e.id } }
        : e.kind === 'eightd'
          ? { name: 'eightd-claim', params: { id: e.id } }
          : null
    return to && staff.value && mayOpen(router, to, staff.value.roles) ? to : null
  }
}
