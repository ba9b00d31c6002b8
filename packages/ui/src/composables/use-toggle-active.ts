import { type ApiError, toApiError } from '@asq/api-client/errors'
import { ElMessage } from 'element-plus'
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useConfirm } from './use-confirm'
import { useErrorText } from './use-error-text'

type Toggleable = { id: string; displayName: string; active: boolean; version: number }

/**
 * Activate/deactivate a user after a confirmation box. The app passes the call that does it; a stale
 * version (someone changed the user meanwhile) is shown as a message and the list is refreshed.
 */
export function useToggleActive<U extends Toggleable>(
  call: (u: U) => Promise<unknown>,
  refresh: () => unknown,
) {
  const { t } = useI18n()
  const confirm = useConfirm()
  const { errorText } = useErrorText()
  const busyId = ref<string | null>(null)
  const lastError = ref<ApiError | null>(null)

  async function toggle(u: U) {
    const name = u.displayName
    const question = u.active ? t('users.confirmDeactivate', { name }) : t('users.confirmActivate', { name })
    if (!(await confirm(question, { danger: u.active }))) return
    busyId.value = u.id
    lastError.value = null
    try {
      await call(u)
      ElMessage.success(u.active ? t('users.deactivated', { name }) : t('users.activated', { name }))
    } catch (e) {
      lastError.value = toApiError(e)
      ElMessage.error({ message: errorText(lastError.value), duration: 6000 })
    } finally {
      busyId.value = null
      await refresh()
    }
  }

  return { toggle, busyId, lastError }
}
