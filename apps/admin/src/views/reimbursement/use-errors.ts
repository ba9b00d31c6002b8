import { toApiError } from '@asq/api-client'
import { useErrorText } from '@asq/ui'
import { useI18n } from 'vue-i18n'

/** Readable text for a failed reimbursement call: our own words for its domain codes, else the shared ones. */
export function useReimbursementErrors() {
  const { t, te } = useI18n()
  const { errorText } = useErrorText()
  return (e: unknown): string => {
    const a = toApiError(e)
    const key = a.domainCode ? `reimbursement.errors.${a.domainCode.replace(/\./g, '_')}` : ''
    return key && te(key) ? t(key) : errorText(a)
  }
}
