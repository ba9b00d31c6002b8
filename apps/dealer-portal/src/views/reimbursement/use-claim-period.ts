import { chinaDate, currentPeriod, previousPeriod } from '@asq/domain'
import { ref, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'

/**
 * The claim month the page shows, kept in the URL (?period=) so that a link or a reload opens the same
 * month. Without one: last month until the 10th (its claim is still being filed), this month after.
 */
export function useClaimPeriod() {
  const route = useRoute()
  const router = useRouter()
  const now = new Date()
  const fallback =
    Number(chinaDate(now).slice(8)) <= 10 ? previousPeriod(currentPeriod(now)) : currentPeriod(now)
  const period = ref(typeof route.query.period === 'string' ? route.query.period : fallback)
  watch(period, (p) => {
    if (route.query.period !== p) void router.replace({ query: { ...route.query, period: p } })
  })
  return period
}
