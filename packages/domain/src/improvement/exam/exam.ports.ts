import type { Page } from '../../shared/paging'
import type { AnswerSheet, Attempt, Certificate, Exam, ExamQuestion } from './exam.entity'
import type { ExamListInput, ExamSettingsInput } from './exam.schema'
import type { ExamStatus } from './exam.vocabulary'
import type { QuestionContentInput, QuestionListInput } from './question.schema'

export type NewQuestion = QuestionContentInput & { createdBy: string; at: Date }

export interface ExamRepository {
  listQuestions(filter: QuestionListInput): Promise<Page<ExamQuestion>>
  questionById(id: string): Promise<ExamQuestion | null>
  /** Every question of the bank (active or not) with these ids, or of these topics. */
  questionsByIds(ids: readonly string[]): Promise<ExamQuestion[]>
  activeQuestionsOf(topics: readonly string[]): Promise<ExamQuestion[]>
  createQuestion(q: NewQuestion): Promise<ExamQuestion>
  /** Optimistic: null when `version` is not the stored one. */
  updateQuestion(id: string, version: number, q: QuestionContentInput, at: Date): Promise<ExamQuestion | null>
  setQuestionActive(id: string, version: number, active: boolean, at: Date): Promise<ExamQuestion | null>

  listExams(filter: ExamListInput): Promise<Page<Exam>>
  examById(id: string): Promise<Exam | null>
  publishedExams(): Promise<Exam[]>
  createExam(e: ExamSettingsInput & { createdBy: string; at: Date }): Promise<Exam>
  updateExam(id: string, version: number, e: ExamSettingsInput, at: Date): Promise<Exam | null>
  setExamStatus(id: string, version: number, status: ExamStatus, at: Date): Promise<Exam | null>

  createAttempt(
    a: Pick<Attempt, 'examId' | 'userId' | 'stationId' | 'startedAt' | 'deadlineAt' | 'questions'>,
  ): Promise<Attempt>
  attemptById(id: string): Promise<Attempt | null>
  /** Records a submission once: null when it was already submitted. */
  submitAttempt(
    id: string,
    r: { answers: AnswerSheet; right: number; score: number; passed: boolean; at: Date },
  ): Promise<Attempt | null>
  /** A person's attempts (on one exam, or on all). */
  attemptsOf(userId: string, examId?: string): Promise<Attempt[]>
  /** Attempts and certificates of a station's staff (or of every station), for the certification tables. */
  attemptsAt(filter: { stationId?: string; examId?: string }): Promise<Attempt[]>
  addCertificate(c: Omit<Certificate, 'id'>): Promise<Certificate>
  certificatesOf(userId: string): Promise<Certificate[]>
  certificatesAt(filter: { stationId?: string; examId?: string }): Promise<Certificate[]>
  certificateByAttempt(attemptId: string): Promise<Certificate | null>
  /** The active staff of one station (or of every station) who may take exams, by name. */
  stationStaff(stationId?: string): Promise<ExamTaker[]>
}

export type ExamTaker = { userId: string; username: string; displayName: string; stationId: string }
