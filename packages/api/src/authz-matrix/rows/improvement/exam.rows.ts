import { randomUUID } from 'node:crypto'
import { examFixtures, MATRIX_QUESTION } from '../../exam.fixtures'
import type { MatrixRows } from '../../matrix.types'
import { nobody } from '../helpers'

/**
 * The learning centre's exams (issue 18). HQ's admins and service desk keep the bank and the exams (no
 * tenant: every HQ target OK but "missing"); a station's staff take published exams; an attempt is its
 * taker's — the station manager reads the station's attempts, nobody submits another's, and another
 * station's attempt is NOT_FOUND; the certification table is the station manager's.
 */
const HQ_RECORD = { own: 'OK', sameOrg: 'OK', otherTenant: 'OK', missing: 'NOT_FOUND' } as const
const OWN_ONLY = { own: 'OK', sameOrg: 'NOT_FOUND', otherTenant: 'NOT_FOUND', missing: 'NOT_FOUND' } as const
const STATION = { own: 'OK', sameOrg: 'OK', otherTenant: 'NOT_FOUND', missing: 'NOT_FOUND' } as const

const editors = (scoped: boolean) =>
  ({ ...nobody, hq_admin: scoped ? HQ_RECORD : 'OK', hq_service: scoped ? HQ_RECORD : 'OK' }) as const
const takers = { ...nobody, dealer_manager: 'OK', dealer_staff: 'OK' } as const

export const examRows: MatrixRows = {
  'improvement.exam.questions': {
    scoped: false,
    input: () => ({ topic: 'time_rules' }),
    expect: editors(false),
  },
  'improvement.exam.question': {
    scoped: true,
    input: async (fx, _p, t) => ({ id: (await examFixtures(fx).question(t)).id }),
    expect: editors(true),
  },
  'improvement.exam.createQuestion': {
    scoped: false,
    input: () => ({ ...MATRIX_QUESTION, clientRequestId: randomUUID() }),
    expect: editors(false),
  },
  'improvement.exam.updateQuestion': {
    scoped: true,
    input: async (fx, _p, t) => {
      const q = await examFixtures(fx).question(t)
      return { ...MATRIX_QUESTION, id: q.id, version: q.version, stem: '改写 Rewritten' }
    },
    expect: editors(true),
  },
  'improvement.exam.setQuestionActive': {
    scoped: true,
    input: async (fx, _p, t) => {
      const q = await examFixtures(fx).question(t)
      return { id: q.id, version: q.version, active: false }
    },
    expect: editors(true),
  },
  'improvement.exam.exams': { scoped: false, input: () => ({}), expect: editors(false) },
  'improvement.exam.exam': {
    scoped: true,
    input: async (fx, _p, t) => ({ id: (await examFixtures(fx).exam(t)).id }),
    expect: editors(true),
  },
  'improvement.exam.createExam': {
    scoped: false,
    input: async (fx) => ({ ...(await examFixtures(fx).settings()), clientRequestId: randomUUID() }),
    expect: editors(false),
  },
  'improvement.exam.updateExam': {
    scoped: true,
    input: async (fx, _p, t) => {
      const e = await examFixtures(fx).exam(t)
      return { ...(await examFixtures(fx).settings()), id: e.id, version: e.version }
    },
    expect: editors(true),
  },
  'improvement.exam.publishExam': {
    scoped: true,
    input: async (fx, _p, t) => {
      const e = await examFixtures(fx).exam(t)
      return { id: e.id, version: e.version }
    },
    expect: editors(true),
  },
  'improvement.exam.retireExam': {
    scoped: true,
    input: async (fx, _p, t) => {
      const e = await examFixtures(fx).exam(t, 'published')
      return { id: e.id, version: e.version }
    },
    expect: editors(true),
  },
  'improvement.exam.overview': {
    scoped: true,
    input: async (fx, _p, t) => ({ examId: (await examFixtures(fx).exam(t, 'published')).id }),
    expect: editors(true),
  },
  'improvement.exam.available': { scoped: false, input: () => undefined, expect: takers },
  'improvement.exam.start': {
    scoped: false,
    input: async (fx) => ({
      examId: (await examFixtures(fx).exam('own', 'published')).id,
      idempotencyKey: randomUUID(),
    }),
    expect: takers,
  },
  'improvement.exam.attempt': {
    scoped: true,
    input: async (fx, p, t) => ({ attemptId: (await examFixtures(fx).attempt(p, t)).id }),
    expect: { ...nobody, dealer_manager: STATION, dealer_staff: OWN_ONLY },
  },
  'improvement.exam.submit': {
    scoped: true,
    input: async (fx, p, t) => {
      const a = await examFixtures(fx).attempt(p, t)
      return { attemptId: a.id, idempotencyKey: randomUUID(), answers: { [a.questionId]: ['a'] } }
    },
    expect: { ...nobody, dealer_manager: OWN_ONLY, dealer_staff: OWN_ONLY },
  },
  'improvement.exam.myCertificates': { scoped: false, input: () => undefined, expect: takers },
  'improvement.exam.stationCertificates': {
    scoped: false,
    input: () => ({}),
    expect: { ...nobody, dealer_manager: 'OK' },
  },
}
