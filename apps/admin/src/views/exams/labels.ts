import { type ApiError, toApiError } from '@asq/api-client'
import { useErrorText } from '@asq/ui'
import { useI18n } from 'vue-i18n'

/** Who keeps the bank and the exams: HQ's admins and service desk (as the server says). */
export const EXAM_EDITORS = ['hq_admin', 'hq_service'] as const

/** Error text: the exam codes in our words, anything else as the shared helper says. */
export function useExamErrorText() {
  const { t, te } = useI18n()
  const { errorText } = useErrorText()
  return (e: unknown) => {
    const err: ApiError = toApiError(e)
    const key = `exams.errors.${(err.domainCode ?? '').replace(/\./g, '_')}`
    return err.domainCode && te(key) ? t(key) : errorText(err)
  }
}
