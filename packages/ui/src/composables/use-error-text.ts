import { type ApiError, toApiError } from '@asq/api-client/errors'
import { useI18n } from 'vue-i18n'
import { PORTAL_PATHS } from '../portals'

/**
 * Readable text for a failed call in the chosen language: a translation of the stable domain code
 * when we have one, else the server's own message (already readable), else a translation of the
 * transport code. Field errors get the same treatment.
 */
export function useErrorText() {
  const { t, te, locale } = useI18n()
  const keyOf = (code: string | null) => (code ? `errors.${code.replace(/\./g, '_')}` : '')

  const text = (e: ApiError | null | undefined): string => {
    if (!e) return ''
    const domainKey = keyOf(e.domainCode)
    if (domainKey && te(domainKey)) return t(domainKey)
    if (locale.value === 'en' && e.message && e.code !== 'NETWORK') return e.message
    if (te(keyOf(e.code))) return t(keyOf(e.code))
    return e.message
  }

  const fieldText = (e: ApiError | null | undefined): Record<string, string> => {
    if (!e) return {}
    const translated = e.domainCode ? keyOf(e.domainCode) : ''
    return Object.fromEntries(
      Object.entries(e.fieldErrors).map(([field, msg]) => [
        field,
        translated && te(translated) ? t(translated) : msg,
      ]),
    )
  }

  /** Why an account of another kind (`hq`, `dealer`, `supplier`, `customer`) was signed out here. */
  const refusalText = (kind: string): string =>
    t('login.refused', {
      org: te(`login.accountOf.${kind}`) ? t(`login.accountOf.${kind}`) : kind,
      url: PORTAL_PATHS[kind] ?? '/',
    })

  return { errorText: text, fieldErrorText: fieldText, refusalText }
}

/**
 * Readable text for a failed call of one bounded context: the context's own words for its domain
 * codes (`<context>.errors.<CODE_WITH_UNDERSCORES>` in the app's messages), else the shared ones.
 * `params` fills the context's words from the error (a cool-down's end, say).
 */
export function useContextErrorText(context: string, params?: (e: ApiError) => Record<string, unknown>) {
  const { t, te } = useI18n()
  const { errorText } = useErrorText()
  return (e: unknown): string => {
    const a = toApiError(e)
    const key = a.domainCode ? `${context}.errors.${a.domainCode.replace(/\./g, '_')}` : ''
    return key && te(key) ? t(key, params?.(a) ?? {}) : errorText(a)
  }
}
