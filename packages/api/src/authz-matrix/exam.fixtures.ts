import { askedFrom, type ExamSettingsInput, type QuestionContentInput } from '@asq/domain'
import { type Fixture, MISSING_ID, type Principal, type Target } from './principals'

/** A valid single-choice question, for rows that create or change one (never the seeded bank). */
export const MATRIX_QUESTION: QuestionContentInput = {
  kind: 'single',
  topic: 'time_rules',
  stem: '首次响应客户的时限是多少？ How soon must the customer get a first response?',
  options: [
    { text: '24 小时 24 hours', correct: true },
    { text: '3 天 3 days', correct: false },
  ],
  explanation: '规定时间内联系客户：24 小时内。',
}

/** Who took the attempt of each target: for the dealer principals of 北京朝阳 (D-BJ01) themselves, a
 * colleague, and 上海浦东's manager; any other principal gets bj.staff's attempts. */
const takerOf = (p: Principal, t: Exclude<Target, 'missing'>) =>
  ({
    own: p === 'dealer_manager' ? 'bj.manager' : 'bj.staff',
    sameOrg: p === 'dealer_manager' ? 'bj.staff' : 'bj.manager',
    otherTenant: 'sh.manager',
  })[t]

/**
 * Question-bank and exam records for the matrix: HQ's records belong to no tenant (every HQ target is
 * a fresh record; "missing" a well-formed id nobody has); an attempt belongs to its taker at their
 * station — "own" the principal's, "sameOrg" a colleague's, "otherTenant" 上海浦东's manager's.
 */
export function examFixtures(fx: Fixture) {
  const repo = fx.h.repos.improvement.exams
  const question = async (t: Target) => {
    if (t === 'missing') return { id: MISSING_ID, version: 1 }
    return repo.createQuestion({ ...MATRIX_QUESTION, createdBy: 'admin', at: fx.h.now() })
  }
  const settingsWith = (questionId: string): ExamSettingsInput => ({
    title: `矩阵考试 ${fx.seq()}`,
    description: '',
    selection: { mode: 'fixed', questionIds: [questionId] },
    passMark: 80,
    timeLimitMinutes: null,
    maxAttempts: 20,
    cooldownHours: 0,
    validityMonths: 12,
  })
  const settings = async () => settingsWith((await question('own')).id)
  const exam = async (t: Target, status: 'draft' | 'published' = 'draft') => {
    if (t === 'missing') return { id: MISSING_ID, version: 1 }
    const e = await repo.createExam({ ...(await settings()), createdBy: 'admin', at: fx.h.now() })
    return status === 'draft' ? e : (await repo.setExamStatus(e.id, e.version, status, fx.h.now()))!
  }
  /** An open attempt on a fresh published exam of one question. */
  const attempt = async (p: Principal, t: Target) => {
    if (t === 'missing') return { id: MISSING_ID, questionId: MISSING_ID }
    const q = await repo.createQuestion({ ...MATRIX_QUESTION, createdBy: 'admin', at: fx.h.now() })
    const draft = await repo.createExam({ ...settingsWith(q.id), createdBy: 'admin', at: fx.h.now() })
    const e = (await repo.setExamStatus(draft.id, draft.version, 'published', fx.h.now()))!
    const user = (await fx.h.repos.users.byUsername(takerOf(p, t)))!
    const a = await repo.createAttempt({
      examId: e.id,
      userId: user.id,
      stationId: user.orgId,
      startedAt: fx.h.now(),
      deadlineAt: null,
      questions: [askedFrom(q)],
    })
    return { id: a.id, questionId: q.id }
  }
  return { question, settings, exam, attempt }
}
