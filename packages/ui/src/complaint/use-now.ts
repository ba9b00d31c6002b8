import { onBeforeUnmount, ref } from 'vue'

/** The current time, refreshed every `everyMs` while the component lives (for countdowns). */
export function useNow(everyMs = 30_000) {
  const now = ref(new Date())
  const timer = setInterval(() => {
    now.value = new Date()
  }, everyMs)
  onBeforeUnmount(() => clearInterval(timer))
  return now
}
