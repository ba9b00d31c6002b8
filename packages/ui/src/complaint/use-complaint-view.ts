import { toApiError } from '@asq/api-client/errors'
import { useQuery, useQueryClient } from '@tanstack/vue-query'
import { computed } from 'vue'
import { useComplaintErrorText } from './errors'

/**
 * One complaint as a role's page loads it: the query (the app passes its key and call), the view, a
 * readable error, and `refresh`, which invalidates the role's whole scope (the case, its lists, its owners).
 */
export function useComplaintView<V>(opts: {
  key: () => readonly unknown[]
  fetch: () => Promise<V>
  scope: readonly unknown[]
}) {
  const qc = useQueryClient()
  const { errorText } = useComplaintErrorText()
  const q = useQuery({ queryKey: computed(opts.key), queryFn: opts.fetch })
  const view = computed(() => q.data.value)
  const error = computed(() => (q.error.value ? errorText(toApiError(q.error.value)) : null))
  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: opts.scope })
  }
  return { q, view, error, refresh }
}
