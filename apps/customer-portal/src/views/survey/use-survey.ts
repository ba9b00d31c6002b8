import { type ApiError, type RouterOutputs, toApiError, useApi } from '@asq/api-client'
import { ref } from 'vue'

export type PublicSurvey = RouterOutputs['survey']['open']
export type AnswerValue = number | string | string[] | null
/** Why a link cannot be answered, in the words the page shows. */
export type Refusal = 'invalid' | 'expired' | 'used' | 'error'

const REFUSALS: Record<string, Refusal> = {
  'SURVEY.LINK_INVALID': 'invalid',
  'SURVEY.LINK_EXPIRED': 'expired',
  'SURVEY.LINK_USED': 'used',
  'INPUT.INVALID': 'invalid',
}

export const refusalOf = (e: ApiError): Refusal | null =>
  e.domainCode && REFUSALS[e.domainCode] ? REFUSALS[e.domainCode]! : e.code === 'NOT_FOUND' ? 'invalid' : null

/** Loads a survey by its link token and submits the answers; no account is involved. */
export function useSurvey(token: string) {
  const { client } = useApi()
  const survey = ref<PublicSurvey | null>(null)
  const refusal = ref<Refusal | null>(null)
  const loading = ref(true)

  async function load() {
    loading.value = true
    refusal.value = null
    try {
      survey.value = await client.survey.open.query({ token })
    } catch (e) {
      refusal.value = refusalOf(toApiError(e)) ?? 'error'
    } finally {
      loading.value = false
    }
  }

  const submit = (answers: Record<string, AnswerValue>) => client.survey.answer.mutate({ token, answers })

  return { survey, refusal, loading, load, submit }
}

/** Nothing chosen or written yet. */
export const isEmpty = (v: AnswerValue | undefined) =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0)
