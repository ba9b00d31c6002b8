import { ElMessage } from 'element-plus'
import { ref } from 'vue'

/**
 * One call at a time from a card or an editor, with its busy flag and error line: `call(work, done)`
 * runs the work, says `done` and runs `after` with the answer (a refresh, an event, the way to what
 * was made); a failure leaves its readable text
 * (`errorText`, the context's own) in `error`. Resolves to whether it worked.
 */
export function useBusyCall(errorText: (e: unknown) => string) {
  const busy = ref(false)
  const error = ref<string | null>(null)
  async function call<T>(
    work: () => Promise<T>,
    done: string | ((answer: T) => string),
    after?: (answer: T) => unknown,
  ) {
    busy.value = true
    error.value = null
    try {
      const answer = await work()
      ElMessage.success(typeof done === 'string' ? done : done(answer))
      await after?.(answer)
      return true
    } catch (e) {
      error.value = errorText(e)
      return false
    } finally {
      busy.value = false
    }
  }
  return { busy, error, call }
}
