import type {
  AnswerSheet,
  AskedQuestion,
  Attempt,
  Certificate,
  Exam,
  ExamQuestion,
  ExamRepository,
  ExamSelection,
  QuestionContentInput,
} from '@asq/domain'
import { offsetOf, optionIdAt } from '@asq/domain'
import { and, asc, count, desc, eq, ilike, inArray, isNull, type SQL } from 'drizzle-orm'
import type { Database } from '../../client'
import { examAttempts, examCertificates, examQuestions, exams, organisations, users } from '../../schema'

type QuestionRow = typeof examQuestions.$inferSelect
type ExamRow = typeof exams.$inferSelect
type AttemptRow = typeof examAttempts.$inferSelect
type CertificateRow = typeof examCertificates.$inferSelect

const toQuestion = (r: QuestionRow): ExamQuestion => ({
  id: r.id,
  kind: r.kind as ExamQuestion['kind'],
  topic: r.topic as ExamQuestion['topic'],
  stem: r.stem,
  options: r.options as ExamQuestion['options'],
  explanation: r.explanation,
  active: r.active,
  version: r.version,
  createdBy: r.createdBy,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
})
const toExam = (r: ExamRow): Exam => ({
  id: r.id,
  title: r.title,
  description: r.description,
  selection: r.selection as ExamSelection,
  passMark: r.passMark,
  timeLimitMinutes: r.timeLimitMinutes,
  maxAttempts: r.maxAttempts,
  cooldownHours: r.cooldownHours,
  validityMonths: r.validityMonths,
  status: r.status as Exam['status'],
  version: r.version,
  createdBy: r.createdBy,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  publishedAt: r.publishedAt,
})
const toAttempt = (r: AttemptRow): Attempt => ({
  id: r.id,
  examId: r.examId,
  userId: r.userId,
  stationId: r.stationId,
  startedAt: r.startedAt,
  deadlineAt: r.deadlineAt,
  questions: r.questions as AskedQuestion[],
  submittedAt: r.submittedAt,
  answers: r.answers as AnswerSheet | null,
  right: r.right,
  score: r.score,
  passed: r.passed,
})
const toCertificate = (r: CertificateRow): Certificate => ({ ...r })

/** Options as stored: named a, b, c … by position. */
const content = (q: QuestionContentInput) => ({
  kind: q.kind,
  topic: q.topic,
  stem: q.stem,
  options: q.options.map((o, i) => ({ id: optionIdAt(i), text: o.text, correct: o.correct })),
  explanation: q.explanation,
})
const escapeLike = (s: string) => `%${s.replace(/[%_\\]/g, '\\$&')}%`

/** The question bank, exams, attempts and certificates (issue 18). */
export const examRepository = (db: Database): ExamRepository => ({
  async listQuestions(f) {
    const where = and(
      f.kind ? eq(examQuestions.kind, f.kind) : undefined,
      f.topic ? eq(examQuestions.topic, f.topic) : undefined,
      f.active === undefined ? undefined : eq(examQuestions.active, f.active),
      f.q ? ilike(examQuestions.stem, escapeLike(f.q)) : undefined,
    )
    const rows = await db
      .select()
      .from(examQuestions)
      .where(where)
      .orderBy(desc(examQuestions.updatedAt), asc(examQuestions.id))
      .limit(f.pageSize)
      .offset(offsetOf(f))
    const [total] = await db.select({ n: count() }).from(examQuestions).where(where)
    return { items: rows.map(toQuestion), total: total?.n ?? 0, page: f.page, pageSize: f.pageSize }
  },
  async questionById(id) {
    const [r] = await db.select().from(examQuestions).where(eq(examQuestions.id, id))
    return r ? toQuestion(r) : null
  },
  async questionsByIds(ids) {
    if (!ids.length) return []
    return (
      await db
        .select()
        .from(examQuestions)
        .where(inArray(examQuestions.id, [...ids]))
    ).map(toQuestion)
  },
  async activeQuestionsOf(topics) {
    if (!topics.length) return []
    const rows = await db
      .select()
      .from(examQuestions)
      .where(and(eq(examQuestions.active, true), inArray(examQuestions.topic, [...topics])))
      .orderBy(asc(examQuestions.id))
    return rows.map(toQuestion)
  },
  async createQuestion({ createdBy, at, ...q }) {
    const [r] = await db
      .insert(examQuestions)
      .values({ ...content(q), createdBy, createdAt: at, updatedAt: at })
      .returning()
    return toQuestion(r!)
  },
  async updateQuestion(id, version, q, at) {
    const [r] = await db
      .update(examQuestions)
      .set({ ...content(q), version: version + 1, updatedAt: at })
      .where(and(eq(examQuestions.id, id), eq(examQuestions.version, version)))
      .returning()
    return r ? toQuestion(r) : null
  },
  async setQuestionActive(id, version, active, at) {
    const [r] = await db
      .update(examQuestions)
      .set({ active, version: version + 1, updatedAt: at })
      .where(and(eq(examQuestions.id, id), eq(examQuestions.version, version)))
      .returning()
    return r ? toQuestion(r) : null
  },

  async listExams(f) {
    const where = and(
      f.status ? eq(exams.status, f.status) : undefined,
      f.q ? ilike(exams.title, escapeLike(f.q)) : undefined,
    )
    const rows = await db
      .select()
      .from(exams)
      .where(where)
      .orderBy(desc(exams.updatedAt), asc(exams.id))
      .limit(f.pageSize)
      .offset(offsetOf(f))
    const [total] = await db.select({ n: count() }).from(exams).where(where)
    return { items: rows.map(toExam), total: total?.n ?? 0, page: f.page, pageSize: f.pageSize }
  },
  async examById(id) {
    const [r] = await db.select().from(exams).where(eq(exams.id, id))
    return r ? toExam(r) : null
  },
  async publishedExams() {
    const rows = await db
      .select()
      .from(exams)
      .where(eq(exams.status, 'published'))
      .orderBy(desc(exams.publishedAt), asc(exams.id))
    return rows.map(toExam)
  },
  async createExam({ createdBy, at, ...e }) {
    const [r] = await db
      .insert(exams)
      .values({ ...e, createdBy, createdAt: at, updatedAt: at })
      .returning()
    return toExam(r!)
  },
  async updateExam(id, version, e, at) {
    const [r] = await db
      .update(exams)
      .set({ ...e, version: version + 1, updatedAt: at })
      .where(and(eq(exams.id, id), eq(exams.version, version)))
      .returning()
    return r ? toExam(r) : null
  },
  async setExamStatus(id, version, status, at) {
    const [r] = await db
      .update(exams)
      .set({
        status,
        version: version + 1,
        updatedAt: at,
        ...(status === 'published' ? { publishedAt: at } : {}),
      })
      .where(and(eq(exams.id, id), eq(exams.version, version)))
      .returning()
    return r ? toExam(r) : null
  },

  async createAttempt(a) {
    const [r] = await db.insert(examAttempts).values(a).returning()
    return toAttempt(r!)
  },
  async attemptById(id) {
    const [r] = await db.select().from(examAttempts).where(eq(examAttempts.id, id))
    return r ? toAttempt(r) : null
  },
  async submitAttempt(id, { at, ...r }) {
    const [row] = await db
      .update(examAttempts)
      .set({ ...r, submittedAt: at })
      .where(and(eq(examAttempts.id, id), isNullSubmitted()))
      .returning()
    return row ? toAttempt(row) : null
  },
  async attemptsOf(userId, examId) {
    const rows = await db
      .select()
      .from(examAttempts)
      .where(and(eq(examAttempts.userId, userId), examId ? eq(examAttempts.examId, examId) : undefined))
      .orderBy(asc(examAttempts.startedAt), asc(examAttempts.id))
    return rows.map(toAttempt)
  },
  async attemptsAt(f) {
    const rows = await db
      .select()
      .from(examAttempts)
      .where(scope(examAttempts, f))
      .orderBy(asc(examAttempts.startedAt), asc(examAttempts.id))
    return rows.map(toAttempt)
  },
  async addCertificate(c) {
    const [r] = await db.insert(examCertificates).values(c).returning()
    return toCertificate(r!)
  },
  async certificatesOf(userId) {
    const rows = await db
      .select()
      .from(examCertificates)
      .where(eq(examCertificates.userId, userId))
      .orderBy(desc(examCertificates.issuedAt))
    return rows.map(toCertificate)
  },
  async certificatesAt(f) {
    const rows = await db
      .select()
      .from(examCertificates)
      .where(scope(examCertificates, f))
      .orderBy(asc(examCertificates.issuedAt))
    return rows.map(toCertificate)
  },
  async certificateByAttempt(attemptId) {
    const [r] = await db.select().from(examCertificates).where(eq(examCertificates.attemptId, attemptId))
    return r ? toCertificate(r) : null
  },
  async stationStaff(stationId) {
    const rows = await db
      .select({
        userId: users.id,
        username: users.username,
        displayName: users.displayName,
        stationId: users.orgId,
      })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.orgId))
      .where(
        and(
          eq(organisations.kind, 'dealer'),
          eq(users.active, true),
          stationId ? eq(users.orgId, stationId) : undefined,
        ),
      )
      .orderBy(asc(users.displayName), asc(users.id))
    return rows
  },
})

const isNullSubmitted = () => isNull(examAttempts.submittedAt)
const scope = (
  t: typeof examAttempts | typeof examCertificates,
  f: { stationId?: string; examId?: string },
): SQL | undefined =>
  and(f.stationId ? eq(t.stationId, f.stationId) : undefined, f.examId ? eq(t.examId, f.examId) : undefined)
