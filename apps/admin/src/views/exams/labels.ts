import { useContextErrorText } from '@asq/ui'

/** Who keeps the bank and the exams: HQ's admins and service desk (as the server says). */
export const EXAM_EDITORS = ['hq_admin', 'hq_service'] as const

/** Error text: the exam codes in our words, anything else as the shared helper says. */
export const useExamErrorText = () => useContextErrorText('exams')
