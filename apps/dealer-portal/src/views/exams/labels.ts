import { type ApiError, toApiError } from '@asq/api-client'
import { chinaDateTime } from '@asq/domain'
import { useErrorText } from '@asq/ui'
import { useI18n } from 'vue-i18n'

/** Error text: the exam codes in our words (a cool-down says until when, Beijing time), else the shared text. */
export function useExamErrorText() {
  const { t, te } = useI18n()
  const { errorText } = useErrorText()
  return (e: unknown) => {
    const err: ApiError = toApiError(e)
    const key = `exams.errors.${(err.domainCode ?? '').replace(/\./g, '_')}`
    const next = err.details?.nextAllowedAt
    const at = typeof next === 'string' ? chinaDateTime(new Date(next)) : ''
    return err.domainCode && te(key) ? t(key, { at }) : errorText(err)
  }
}

export const STANDING_TAG = {
  certified: 'success',
  expired: 'warning',
  failed: 'danger',
  in_progress: 'primary',
  never_taken: 'info',
} as const
