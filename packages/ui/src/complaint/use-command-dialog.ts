import { computed, type Ref, ref } from 'vue'
import type { CommandValues, ComplaintCommand } from './commands'
import type { StaffComplaint } from './types'

type Action = {
  run: (
    key: string,
    call: () => Promise<unknown>,
    opts?: { confirm?: string; danger?: boolean; success?: string },
  ) => Promise<boolean>
  error: Ref<string | null>
}

/**
 * The one dialog through which a role takes its simple complaint steps (HQ's desk, the station):
 * which step is open and its command, `show(key)` (with no error left from the last step) and
 * `submit(values)`, which runs the step through the page's `useComplaintAction` and closes on success.
 */
export function useCommandDialog<K extends string>(
  commandOf: (key: K) => ComplaintCommand,
  complaint: () => StaffComplaint,
  action: Action,
) {
  const current = ref<K | null>(null) as Ref<K | null>
  const dialogOpen = ref(false)
  const cmd = computed(() => (current.value ? commandOf(current.value) : null))
  function show(key: K) {
    current.value = key
    action.error.value = null
    dialogOpen.value = true
  }
  async function submit(values: CommandValues) {
    const command = cmd.value
    const key = current.value
    if (!command || !key) return
    const ok = await action.run(key, () => command.call(values, complaint()), {
      success: command.success,
      confirm: command.confirm?.(values),
      danger: true,
    })
    if (ok) dialogOpen.value = false
  }
  return { current, dialogOpen, cmd, show, submit }
}
