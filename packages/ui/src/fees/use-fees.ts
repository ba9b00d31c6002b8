import { type ApiError, toApiError } from '@asq/api-client/errors'
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { useUiClient } from '../app/client-port'
import { type StepOptions, useConfirmedStep } from '../composables/use-confirmed-step'
import { useErrorText } from '../composables/use-error-text'

const DETAILED = new Set(['FEE.UNKNOWN_PART', 'FEE.UNKNOWN_EXTRA'])

/**
 * What every fee screen needs: the user's powers, words in the chosen language, and error texts that
 * translate the fee context's own codes (FEE.*) before falling back to the shared ones.
 */
export function useFees() {
  const { t, te, locale } = useI18n()
  const me = useUiClient().useMe()
  const { errorText } = useErrorText()
  const roles = computed(() => (me.data.value?.kind === 'staff' ? me.data.value.roles : []))
  const has = (allowed: readonly string[]) => computed(() => roles.value.some((r) => allowed.includes(r)))
  const loc = (x: { zh: string; en: string } | null | undefined) =>
    x ? (locale.value === 'en' ? x.en : x.zh) : ''
  const lineLabel = (l: { code: string; nameZh: string; nameEn: string }) =>
    `${l.code} ${locale.value === 'en' ? l.nameEn : l.nameZh}`
  const feeError = (e: unknown): string => {
    const err: ApiError = toApiError(e)
    const key = err.domainCode ? `fees.errors.${err.domainCode.replace(/\./g, '_')}` : ''
    // Codes whose server message names the culprit (a part code, an extra service): keep it in view.
    if (key && te(key)) return DETAILED.has(err.domainCode ?? '') ? `${t(key)}: ${err.message}` : t(key)
    return errorText(err)
  }
  /** A confirmed step on a fee row (ship or receive a request, report an old part), in the fee context's error words. */
  const feeStep = <R, A>(opts: StepOptions<R, A>) => useConfirmedStep({ ...opts, errorText: feeError })
  return { t, te, locale, has, loc, lineLabel, feeError, feeStep }
}
