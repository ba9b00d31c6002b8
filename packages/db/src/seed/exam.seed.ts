import type { ExamSettingsInput, QuestionContentInput } from '@asq/domain'
import { askedFrom, certificateFor, perfectAnswers, scoreExam } from '@asq/domain'
import type { Database } from '../client'
import { examRepository } from '../repositories/improvement/exam.repository'
import type { ContextSeed, DemoNetwork } from './steps'

const HOUR = 3_600_000
const o = (text: string, correct = false) => ({ text, correct })

/** The learning centre's demo bank (issue 18): the complaint rules of domain.md, all three kinds. */
const DEMO_QUESTIONS: QuestionContentInput[] = [
  {
    kind: 'single',
    topic: 'time_rules',
    stem: '接到客户抱怨后，首次联系客户的时限是？ / How soon must the customer get a first response?',
    options: [
      o('24 小时内 / within 24 hours', true),
      o('3 天内 / within 3 days'),
      o('5 个工作日内 / within 5 working days'),
      o('7 天内 / within 7 days'),
    ],
    explanation:
      '规定时间内联系客户响应：24 小时内，并在系统中记录。 / First response within 24 hours, recorded in the system.',
  },
  {
    kind: 'single',
    topic: 'time_rules',
    stem: '重大抱怨应在多少天内解决？ / A major complaint must be solved within?',
    options: [o('3 天 / 3 days'), o('7 天 / 7 days'), o('15 天 / 15 days', true), o('30 天 / 30 days')],
    explanation:
      '一般抱怨 3 天内解决，重大抱怨 15 天内解决。 / General complaints within 3 days, major ones within 15 days.',
  },
  {
    kind: 'true_false',
    topic: 'time_rules',
    stem: '对策单位应在 7 天内回复。 / The countermeasure unit replies within 7 days.',
    options: [o('正确 / True', true), o('错误 / False')],
    explanation: '对策单位 7 天内回复。 / The countermeasure unit replies within 7 days.',
  },
  {
    kind: 'multiple',
    topic: 'six_steps',
    stem: '以下哪些属于抱怨处理六步法？ / Which of these are steps of the six-step method?',
    options: [
      o('听故事 / listen to the story', true),
      o('探心态 / probe the mindset', true),
      o('与客户争辩 / argue with the customer'),
      o('找证据 / find evidence', true),
      o('跟客户 / follow the customer', true),
    ],
    explanation:
      '六步法：听故事 → 探心态 → 找证据 → 出方案 → 平抱怨 → 跟客户。 / Listen, probe the mindset, find evidence, propose, calm, follow up.',
  },
  {
    kind: 'single',
    topic: 'six_steps',
    stem: '“听故事”时，其他相关方的陈述应在多长时间内取得？ / When listening to the story, get the other parties’ statements within?',
    options: [o('30 分钟 / 30 minutes', true), o('2 小时 / 2 hours'), o('24 小时 / 24 hours')],
    explanation:
      '听故事：记录经过并在 30 分钟内取得其他相关方的陈述。 / Statements of the other parties within 30 minutes.',
  },
  {
    kind: 'single',
    topic: 'parts_complaints',
    stem: '一张配件支持申请最多可以有几行？ / How many lines may one parts-support request have at most?',
    options: [o('3 行 / 3'), o('6 行 / 6', true), o('10 行 / 10'), o('不限 / no limit')],
    explanation: '向区域配件中心的支持申请最多 6 行（配件名称、编码、数量）。 / At most 6 lines per request.',
  },
  {
    kind: 'true_false',
    topic: 'parts_complaints',
    stem: '配件缺货时，工单可以在客户问题真正解决前保持未完成。 / When a part is out of stock, the ticket may stay open until the customer’s problem is really solved.',
    options: [o('正确 / True', true), o('错误 / False')],
    explanation:
      '缺货：告知客户，工单保持处理中，并提出配件支持申请。 / Tell the customer, keep the ticket open, raise a parts-support request.',
  },
  {
    kind: 'multiple',
    topic: 'compensation',
    stem: '以下哪些补偿需在经办人核决权限内，超出须经理批准？ / Which goodwill must stay within the handler’s approval authority (above it, a manager approves)?',
    options: [
      o('减免工时费 / waived labour', true),
      o('免费检测 / free check', true),
      o('赠送礼品 / gift', true),
      o('向客户解释收费标准 / explaining the price standard'),
    ],
    explanation:
      '补偿（减免工时、免费检测、退还自费维修、礼品）须在核决权限内。 / Compensation must stay within the approval authority.',
  },
  {
    kind: 'single',
    topic: 'complaint_kinds',
    stem: '客户依据合同要求赔偿，属于哪类抱怨？ / A customer asking for compensation under the contract is which kind of complaint?',
    options: [o('申诉 / appeal'), o('索赔 / claim', true), o('非质量抱怨 / non-quality complaint')],
    explanation: '索赔：依合同要求赔偿，须快速、审慎调查。 / A claim: investigate fast and carefully.',
  },
  {
    kind: 'true_false',
    topic: 'escalation',
    stem: '等待客户回复期间，处理时钟默认暂停。 / By default the clocks pause while waiting on the customer.',
    options: [o('正确 / True'), o('错误 / False', true)],
    explanation:
      '等待客户不暂停任何时钟，除非总部另行规定。 / Waiting on the customer pauses nothing unless HQ says so.',
  },
  {
    kind: 'single',
    topic: 'customer_style',
    stem: '“分析型”客户最看重什么？ / What does an analytical customer value most?',
    options: [
      o('严谨、有逻辑、有计划 / serious, logical, planned', true),
      o('关系与友善 / the relationship'),
      o('直接与热情 / directness and warmth'),
    ],
    explanation: '分析型：严谨、逻辑、计划；回答要准确、有依据。 / Analytical: serious, logical, planned.',
  },
]

const DEMO_EXAM: ExamSettingsInput = {
  title: '客户抱怨处理上岗认证 / Complaint handling certification',
  description:
    '抱怨分类、六步法、时限规定、配件工单与补偿权限。 / Complaint kinds, the six steps, time rules, parts tickets and compensation authority.',
  selection: { mode: 'fixed', questionIds: [] },
  passMark: 80,
  timeLimitMinutes: 20,
  maxAttempts: 3,
  cooldownHours: 24,
  validityMonths: 12,
}

/** The bank, one published exam of all its questions, and 上海浦东's manager certified a month ago. */
export const seedExams: ContextSeed = async (tx: Database, net: DemoNetwork) => {
  const repo = examRepository(tx)
  const at = new Date(net.now.getTime() - 60 * 24 * HOUR)
  const questions = []
  for (const q of DEMO_QUESTIONS)
    questions.push(await repo.createQuestion({ ...q, createdBy: 'service', at }))
  const draft = await repo.createExam({
    ...DEMO_EXAM,
    selection: { mode: 'fixed', questionIds: questions.map((q) => q.id) },
    createdBy: 'service',
    at,
  })
  const exam = (await repo.setExamStatus(draft.id, draft.version, 'published', at))!
  const startedAt = new Date(net.now.getTime() - 30 * 24 * HOUR)
  const submittedAt = new Date(startedAt.getTime() + 12 * 60_000)
  const asked = questions.map(askedFrom)
  const answers = perfectAnswers(asked)
  const score = scoreExam(asked, answers, exam.passMark)
  const userId = net.userIdByUsername['sh.manager']!
  const stationId = net.orgIdByCode['D-SH01']!
  const attempt = await repo.createAttempt({
    examId: exam.id,
    userId,
    stationId,
    startedAt,
    deadlineAt: new Date(startedAt.getTime() + exam.timeLimitMinutes! * 60_000),
    questions: asked,
  })
  await repo.submitAttempt(attempt.id, {
    answers,
    right: score.right,
    score: score.score,
    passed: score.passed,
    at: submittedAt,
  })
  await repo.addCertificate({
    attemptId: attempt.id,
    examId: exam.id,
    userId,
    stationId,
    score: score.score,
    ...certificateFor(exam, submittedAt),
    issuedAt: submittedAt,
  })
}
