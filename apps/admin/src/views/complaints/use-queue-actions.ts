import { useApi } from '@asq/api-client'
import { addDays, chinaDate } from '@asq/domain'
import { useComplaintAction } from '@asq/ui'
import { ElMessageBox } from 'element-plus'
import { useI18n } from 'vue-i18n'

/**
 * HQ's answers to what stations wait on: goodwill decisions, parts-centre steps, technical answers.
 * Each asks first (with the note, date or answer it needs) and then refreshes the page.
 */
export function useQueueActions(refresh: () => Promise<unknown>) {
  const { t } = useI18n()
  const { client } = useApi()
  const { run, busy } = useComplaintAction(refresh)
  const desk = client.complaint.desk

  const prompt = async (
    message: string,
    title: string,
    opts: { pattern?: RegExp; textarea?: boolean; value?: string } = {},
  ) => {
    try {
      const { value } = await ElMessageBox.prompt(message, title, {
        confirmButtonText: t('common.confirm'),
        cancelButtonText: t('common.cancel'),
        inputPattern: opts.pattern,
        inputErrorMessage: opts.pattern ? 'YYYY-MM-DD' : undefined,
        inputType: opts.textarea ? 'textarea' : 'text',
        inputValue: opts.value,
        inputValidator: opts.textarea ? (v: string) => v.trim().length > 0 : undefined,
      })
      return value ?? ''
    } catch {
      return null
    }
  }

  async function decide(compensationId: string, approve: boolean) {
    const title = approve ? t('complaints.actions.approve') : t('complaints.actions.reject')
    const note = await prompt(
      approve ? t('complaints.confirm.approve') : t('complaints.confirm.reject'),
      title,
    )
    if (note === null) return false
    return run(`decide-${compensationId}`, () =>
      desk.decideCompensation.mutate({ compensationId, approve, note: note.trim() }),
    )
  }
  async function confirmParts(requestId: string) {
    const soon = addDays(chinaDate(new Date()), 3)
    const eta = await prompt(t('complaints.fields.eta'), t('complaints.actions.confirmParts'), {
      pattern: /^\d{4}-\d{2}-\d{2}$/,
      value: soon,
    })
    if (eta === null) return false
    return run(`parts-${requestId}`, () => desk.stepPartsRequest.mutate({ requestId, to: 'confirmed', eta }))
  }
  const shipParts = (requestId: string) =>
    run(`parts-${requestId}`, () => desk.stepPartsRequest.mutate({ requestId, to: 'shipped' }), {
      confirm: t('complaints.confirm.ship'),
    })
  async function answerTech(requestId: string, question: string) {
    const answer = await prompt(question, t('complaints.actions.answer'), { textarea: true })
    if (answer === null) return false
    return run(`tech-${requestId}`, () => desk.answerTechSupport.mutate({ requestId, answer: answer.trim() }))
  }
  return { decide, confirmParts, shipParts, answerTech, busy }
}
