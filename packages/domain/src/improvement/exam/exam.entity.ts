import type { IsoDate } from '../../shared/china-time'
import type { ExamStatus, QuestionKind, QuestionTopic } from './exam.vocabulary'

export type QuestionOption = { id: string; text: string; correct: boolean }

export type ExamQuestion = {
  id: string
  kind: QuestionKind
  topic: QuestionTopic
  stem: string
  options: QuestionOption[]
  explanation: string
  active: boolean
  version: number
  createdBy: string
  createdAt: Date
  updatedAt: Date
}

/** Which questions an exam asks: a fixed list, or `count` drawn from the active questions of `topics`. */
export type ExamSelection =
  | { mode: 'fixed'; questionIds: string[] }
  | { mode: 'drawn'; topics: QuestionTopic[]; count: number }

export type ExamSettings = {
  title: string
  description: string
  selection: ExamSelection
  /** Percentage of questions right needed to pass, 1–100. */
  passMark: number
  /** Minutes from the start; null: no limit. */
  timeLimitMinutes: number | null
  /** Attempts per certification round (see `attemptRound`). */
  maxAttempts: number
  /** Hours after a failed attempt ends before the next may start. */
  cooldownHours: number
  /** Months a certificate stays valid. */
  validityMonths: number
}

export type Exam = ExamSettings & {
  id: string
  status: ExamStatus
  version: number
  createdBy: string
  createdAt: Date
  updatedAt: Date
  publishedAt: Date | null
}

/** A question as the attempt asked it: a copy, so later edits of the bank change no attempt. */
export type AskedQuestion = Pick<ExamQuestion, 'kind' | 'topic' | 'stem' | 'options' | 'explanation'> & {
  questionId: string
}

/** Option ids per question id. */
export type AnswerSheet = Record<string, string[]>

export type Attempt = {
  id: string
  examId: string
  userId: string
  stationId: string
  startedAt: Date
  /** startedAt + the time limit; null without a limit. */
  deadlineAt: Date | null
  questions: AskedQuestion[]
  submittedAt: Date | null
  answers: AnswerSheet | null
  right: number | null
  score: number | null
  passed: boolean | null
}

export type Certificate = {
  id: string
  attemptId: string
  examId: string
  userId: string
  stationId: string
  score: number
  /** China calendar date of the pass. */
  issuedOn: IsoDate
  /** Last China calendar day it is valid (inclusive). */
  validUntil: IsoDate
  issuedAt: Date
}
