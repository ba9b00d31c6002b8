import { type ApiError, toApiError } from '@asq/api-client/errors'
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { useUiClient } from '../app/client-port'
import { type StepOptions, useConfirmedStep } from '../composables/use-confirmed-step'
import { useErrorText } from '../composables/use-error-text'

const DETAILED = new Set(['FEE.UNKNOWN_PART', 'FEE.UNKNOWN_EXTRA'])

type Versioned = { id: string; version: number }
type Numbered = { number: string } | { registrationNumber: string }
/** What a fee row is called in a message: a parts request's number, an old part's registration number. */
const rowNumber = (r: Numbered) => ('number' in r ? r.number : r.registrationNumber)

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
  /**
   * A confirmed step on one versioned fee row through its procedure (ship or receive a request, report
   * an old part): asks `<texts>.confirm`, says `<texts>.done`, each naming the row, then runs `settle`.
   */
  const rowStep = <R extends Versioned & Numbered>(
    procedure: { mutate(input: Versioned): Promise<Numbered> },
    texts: string,
    settle: () => unknown,
  ) =>
    feeStep({
      call: (r: R) => procedure.mutate({ id: r.id, version: r.version }),
      question: (r) => t(`${texts}.confirm`, { n: rowNumber(r) }),
      done: (answer) => t(`${texts}.done`, { n: rowNumber(answer) }),
      settle,
    })
  return { t, te, locale, has, loc, lineLabel, feeError, feeStep, rowStep }
}
