import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { type DashboardView, periodOfView, queryOfView, viewFromQuery } from './period'

/**
 * The dashboard's period and scope, held in the URL (so a view can be bookmarked, shared and survives a
 * reload): the view read from the query, the dashboard's input for it, and `apply` to move to another.
 */
export function useDashboardView() {
  const route = useRoute()
  const router = useRouter()
  const view = computed(() => viewFromQuery(route.query, new Date()))
  const input = computed(() => ({ period: periodOfView(view.value), scope: view.value.scope }))
  const apply = (v: DashboardView) => router.replace({ query: queryOfView(v) })
  return { view, input, apply }
}
