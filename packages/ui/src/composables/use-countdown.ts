import { onBeforeUnmount, ref } from 'vue'

/** Seconds left until something may happen again (e.g. resend a code); 0 when it may. */
export function useCountdown() {
  const remaining = ref(0)
  let timer: ReturnType<typeof setInterval> | undefined

  const stop = () => {
    if (timer) clearInterval(timer)
    timer = undefined
    remaining.value = 0
  }
  const start = (seconds: number) => {
    stop()
    const until = Date.now() + seconds * 1000
    remaining.value = seconds
    timer = setInterval(() => {
      remaining.value = Math.max(0, Math.ceil((until - Date.now()) / 1000))
      if (remaining.value === 0) stop()
    }, 250)
  }
  onBeforeUnmount(stop)
  return { remaining, start, stop }
}
