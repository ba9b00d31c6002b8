import { randomUUID } from 'node:crypto'
import { complaintFixtures } from '../../complaint.fixtures'
import { learningFixtures } from '../../learning.fixtures'
import type { MatrixRow, MatrixRows } from '../../matrix.types'
import { nobody } from '../helpers'

/**
 * The learning centre's teaching cases (issue 18). HQ's desk (admin, service, quality) makes and edits
 * them; every staff member of HQ and the stations reads the published library; suppliers and customers
 * reach none of it. A station asks for cases like one of its own complaints only.
 */
const ANY = { own: 'OK', sameOrg: 'OK', otherTenant: 'OK', missing: 'NOT_FOUND' } as const
const STATION = { own: 'OK', sameOrg: 'OK', otherTenant: 'NOT_FOUND', missing: 'NOT_FOUND' } as const
const editors = { ...nobody, hq_admin: ANY, hq_service: ANY, hq_quality: ANY } as const
const editorsList = { ...nobody, hq_admin: 'OK', hq_service: 'OK', hq_quality: 'OK' } as const
/** Every HQ role reads the library, the general manager included. */
const hqAll = {
  hq_admin: ANY,
  hq_service: ANY,
  hq_quality: ANY,
  hq_finance: ANY,
  hq_general_manager: ANY,
} as const
const staff = { ...nobody, ...hqAll, dealer_manager: ANY, dealer_staff: ANY } as const
const staffList = {
  ...nobody,
  hq_admin: 'OK',
  hq_service: 'OK',
  hq_quality: 'OK',
  hq_finance: 'OK',
  hq_general_manager: 'OK',
  dealer_manager: 'OK',
  dealer_staff: 'OK',
} as const

const ref =
  (status: 'draft' | 'published'): MatrixRow['input'] =>
  (fx, p, t) =>
    learningFixtures(fx).teachingCase(p, t, status)
const id =
  (status: 'draft' | 'published'): MatrixRow['input'] =>
  async (fx, p, t) => ({ id: (await learningFixtures(fx).teachingCase(p, t, status)).id })

export const learningRows: MatrixRows = {
  'improvement.learning.createFromCase': {
    scoped: true,
    input: async (fx, p, t) => ({
      clientRequestId: randomUUID(),
      complaintId: (await learningFixtures(fx).closed(p, t)).id,
    }),
    expect: editors,
  },
  'improvement.learning.update': {
    scoped: true,
    input: async (fx, p, t) => ({
      ...(await learningFixtures(fx).teachingCase(p, t, 'draft')),
      title: '等待两小时 Two-hour wait',
      cause: 'waiting_time',
      partCode: null,
      customerType: 'fleet',
      communicationStyle: 'analytical',
      mindsets: ['venting'],
      story: '承诺一小时，两小时未开工。',
      actions: '道歉并立即开工。',
      lessons: '守时。',
    }),
    expect: editors,
  },
  'improvement.learning.publish': { scoped: true, input: ref('draft'), expect: editors },
  'improvement.learning.withdraw': { scoped: true, input: ref('published'), expect: editors },
  'improvement.learning.manage': { scoped: false, input: () => ({ status: 'draft' }), expect: editorsList },
  'improvement.learning.edit': { scoped: true, input: id('draft'), expect: editors },
  'improvement.learning.search': {
    scoped: false,
    input: () => ({ cause: 'waiting_time', q: '两小时' }),
    expect: staffList,
  },
  'improvement.learning.get': { scoped: true, input: id('published'), expect: staff },
  'improvement.learning.similar': {
    scoped: true,
    input: async (fx, p, t) => ({ complaintId: (await complaintFixtures(fx).complaint(p, t)).id }),
    expect: { ...nobody, ...hqAll, dealer_manager: STATION, dealer_staff: STATION },
  },
}
