import { toApiError } from '@asq/api-client/errors'
import { ElMessage, ElMessageBox } from 'element-plus'
import { ref } from 'vue'
import { useConfirm } from '../composables/use-confirm'
import { useComplaintErrorText } from './errors'
import { useComplaintLabels } from './labels'

const STALE = {
  zh: '该投诉已被他人修改。页面已刷新为最新内容，请检查后重新操作。',
  en: 'This complaint was edited by someone else. The page has been reloaded with the latest version; check it and try again.',
}
const DONE = { zh: '已保存', en: 'Saved' }

/**
 * Runs one step on a complaint (the page passes the call): optional confirmation, a success message,
 * a plain-words error, and — when someone else edited the case meanwhile — a clear "reload" notice
 * with the page refreshed, never a silent overwrite.
 */
export function useComplaintAction(refresh: () => Promise<unknown>) {
  const l = useComplaintLabels()
  const confirm = useConfirm()
  const { errorText } = useComplaintErrorText()
  const busy = ref<string | null>(null)
  const error = ref<string | null>(null)

  async function run(
    key: string,
    call: () => Promise<unknown>,
    opts: { confirm?: string; danger?: boolean; success?: string } = {},
  ): Promise<boolean> {
    if (opts.confirm && !(await confirm(opts.confirm, { danger: opts.danger }))) return false
    busy.value = key
    error.value = null
    try {
      await call()
      ElMessage.success(opts.success ?? l.pick(DONE))
      await refresh()
      return true
    } catch (e) {
      const err = toApiError(e)
      if (err.code === 'CONFLICT' && /STALE$/.test(err.domainCode ?? '')) {
        await refresh()
        await ElMessageBox.alert(l.pick(STALE), { type: 'warning' }).catch(() => undefined)
        error.value = l.pick(STALE)
      } else {
        error.value = errorText(err)
        ElMessage.error({ message: error.value, duration: 6000 })
      }
      return false
    } finally {
      busy.value = null
    }
  }
  return { run, busy, error }
}
