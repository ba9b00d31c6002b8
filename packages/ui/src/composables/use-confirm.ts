import { ElMessageBox } from 'element-plus'
import { useI18n } from 'vue-i18n'

/** A yes/no question in a modal box; resolves true when confirmed. */
export function useConfirm() {
  const { t } = useI18n()
  return async (message: string, opts: { title?: string; danger?: boolean } = {}): Promise<boolean> => {
    try {
      await ElMessageBox.confirm(message, opts.title ?? t('users.confirmTitle'), {
        confirmButtonText: t('common.confirm'),
        cancelButtonText: t('common.cancel'),
        type: opts.danger ? 'warning' : 'info',
        confirmButtonClass: opts.danger ? 'el-button--danger' : '',
      })
      return true
    } catch {
      return false
    }
  }
}
