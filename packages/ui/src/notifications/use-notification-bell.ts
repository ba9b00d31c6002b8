import { keyOf, useApi } from '@asq/api-client'
import { useQuery, useQueryClient } from '@tanstack/vue-query'
import { computed, onBeforeUnmount, onMounted, ref } from 'vue'

export const NOTIFICATION_STREAM_URL = '/events/notifications'
/** How often the bell asks when the live stream is not available. */
export const BELL_POLL_MS = 15_000

type Unread = { count: number; latestSeq: number }

/**
 * The bell's unread count, live: server-sent events from /events/notifications update it without a
 * reload; when EventSource is missing or fails (a proxy that buffers, an old browser), the bell falls
 * back to asking `notification.unread` every BELL_POLL_MS. A change refreshes the inbox list too.
 */
export function useNotificationBell() {
  const { client } = useApi()
  const qc = useQueryClient()
  const mode = ref<'live' | 'polling'>('live')
  const q = useQuery({
    queryKey: keyOf.notification.unread(),
    queryFn: () => client.notification.unread.query(),
    refetchInterval: () => (mode.value === 'polling' ? BELL_POLL_MS : false),
  })
  let source: EventSource | null = null
  let lastSeq = -1

  const received = (u: Unread) => {
    qc.setQueryData(keyOf.notification.unread(), u)
    if (u.latestSeq !== lastSeq) void qc.invalidateQueries({ queryKey: keyOf.notification.list() })
    lastSeq = u.latestSeq
  }
  const fallBack = () => {
    source?.close()
    source = null
    mode.value = 'polling'
    void q.refetch()
  }

  onMounted(() => {
    if (typeof EventSource === 'undefined') return fallBack()
    source = new EventSource(NOTIFICATION_STREAM_URL, { withCredentials: true })
    source.addEventListener('unread', (e) => received(JSON.parse((e as MessageEvent<string>).data) as Unread))
    source.addEventListener('signed-out', fallBack)
    source.onerror = fallBack
  })
  onBeforeUnmount(() => source?.close())

  return { count: computed(() => q.data.value?.count ?? 0), mode }
}
