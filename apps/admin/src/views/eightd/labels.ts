import { type ApiError, toApiError } from '@asq/api-client'
import { useErrorText } from '@asq/ui'
import { useI18n } from 'vue-i18n'

export const EIGHTD_READERS = ['hq_admin', 'hq_quality', 'hq_finance'] as const
export const EIGHTD_REVIEWERS = ['hq_admin', 'hq_quality'] as const

/** Picks the zh or en half of a domain label in the chosen language. */
export function usePick() {
  const { locale } = useI18n()
  return (l: { zh: string; en: string } | null | undefined) =>
    l ? (locale.value === 'en' ? l.en : l.zh) : '—'
}

/** Error text: the 8D codes in our words, anything else as the shared helper says. */
export function useEightdErrorText() {
  const { t, te } = useI18n()
  const { errorText } = useErrorText()
  return (e: unknown) => {
    const err: ApiError = toApiError(e)
    const key = `eightd.errors.${(err.domainCode ?? '').replace(/\./g, '_')}`
    return err.domainCode && te(key) ? t(key) : errorText(err)
  }
}
