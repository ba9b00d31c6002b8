import { chinaDateTime } from '@asq/domain'
import { useContextErrorText } from '@asq/ui'

/** Error text: the exam codes in our words (a cool-down says until when, Beijing time), else the shared text. */
export const useExamErrorText = () =>
  useContextErrorText('exams', (err) => {
    const next = err.details?.nextAllowedAt
    return { at: typeof next === 'string' ? chinaDateTime(new Date(next)) : '' }
  })

export const STANDING_TAG = {
  certified: 'success',
  expired: 'warning',
  failed: 'danger',
  in_progress: 'primary',
  never_taken: 'info',
} as const
