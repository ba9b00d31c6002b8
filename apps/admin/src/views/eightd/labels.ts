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

export const eightdKeys = {
  all: ['eightd'] as const,
  list: (p: unknown) => ['eightd', 'list', p] as const,
  overdue: (p: unknown) => ['eightd', 'overdue', p] as const,
  one: (id: string) => ['eightd', 'claim', id] as const,
  compare: (id: string, step: string) => ['eightd', 'compare', id, step] as const,
}

export const STEP_TAG = {
  draft: 'info',
  submitted: 'warning',
  resubmitted: 'warning',
  rejected: 'danger',
  approved: 'success',
} as const

/** Saves base64 content as a file through the browser's download. */
export function downloadBase64(filename: string, mime: string, base64: string) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }))
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
