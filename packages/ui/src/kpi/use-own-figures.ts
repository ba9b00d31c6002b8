import { toApiError } from '@asq/api-client/errors'
import { keepPreviousData, type QueryKey, useQuery } from '@tanstack/vue-query'
import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useStaff } from '../app/use-staff'
import { useErrorText } from '../composables/use-error-text'
import { scorecardPeriod, thisMonth } from './scorecard-period'

type Period = ReturnType<typeof scorecardPeriod>

/** A workbench's counts for the signed-in person: the app's query, its error in words. */
export function useWorkbench<T>(queryKey: QueryKey, fetch: () => Promise<T>) {
  const { errorText } = useErrorText()
  const counts = useQuery({ queryKey, queryFn: fetch })
  const error = computed(() => (counts.error.value ? errorText(toApiError(counts.error.value)) : null))
  return { counts, error }
}

/**
 * The signed-in organisation's own scorecard (a station's, a supplier's) over the twelve months up to
 * the chosen one: the app gives the query key and the call for an organisation id and a period.
 */
export function useOwnScorecard<T extends { org: { nameZh: string; nameEn: string } }>(
  keyOf: (orgId: string, period: Period) => QueryKey,
  fetch: (orgId: string, period: Period) => Promise<T>,
) {
  const { t, locale } = useI18n()
  const { errorText } = useErrorText()
  const staff = useStaff()
  const orgId = computed(() => staff.value?.orgId ?? '')
  const month = ref(thisMonth())
  const period = computed(() => scorecardPeriod(month.value))
  const card = useQuery({
    queryKey: computed(() => keyOf(orgId.value, period.value)),
    queryFn: () => fetch(orgId.value, period.value),
    enabled: computed(() => !!orgId.value),
    placeholderData: keepPreviousData,
  })
  const error = computed(() => (card.error.value ? errorText(toApiError(card.error.value)) : null))
  const title = computed(() => {
    const org = card.data.value?.org
    const name = org ? (locale.value === 'en' ? org.nameEn : org.nameZh) : null
    return name ? `${t('kpiCommon.scorecard')} · ${name}` : t('kpiCommon.scorecard')
  })
  const subtitle = computed(() => t('kpiCommon.lastYear', period.value))
  return { month, period, card, error, title, subtitle }
}
