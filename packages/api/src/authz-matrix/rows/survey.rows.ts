import type { MatrixRows } from '../matrix.types'
import { MATRIX_TEMPLATE, SATISFIED, surveyFixtures } from '../survey.fixtures'
import { HQ_SCOPE, nobody, STATION_SCOPE } from './helpers'

/** The survey link is the credential: anyone holding a valid one, signed in or not; none else. */
const anyoneWithTheLink = {
  anonymous: HQ_SCOPE,
  hq_admin: HQ_SCOPE,
  hq_service: HQ_SCOPE,
  hq_quality: HQ_SCOPE,
  hq_finance: HQ_SCOPE,
  hq_general_manager: HQ_SCOPE,
  dealer_manager: HQ_SCOPE,
  dealer_staff: HQ_SCOPE,
  supplier_user: HQ_SCOPE,
  customer: HQ_SCOPE,
} as const

/** Admins, the service desk and quality read; admins and the service desk build; admins run sweeps. */
const readers = (scoped: boolean) =>
  ({
    ...nobody,
    hq_admin: scoped ? HQ_SCOPE : 'OK',
    hq_service: scoped ? HQ_SCOPE : 'OK',
    hq_quality: scoped ? HQ_SCOPE : 'OK',
  }) as const
const builders = (scoped: boolean) =>
  ({ ...nobody, hq_admin: scoped ? HQ_SCOPE : 'OK', hq_service: scoped ? HQ_SCOPE : 'OK' }) as const
const adminOnly = { ...nobody, hq_admin: 'OK' } as const
/** Any staff of a station, on the station's own tasks only. */
const stationStaff = (scoped: boolean) =>
  ({
    ...nobody,
    dealer_manager: scoped ? STATION_SCOPE : 'OK',
    dealer_staff: scoped ? STATION_SCOPE : 'OK',
  }) as const

export const surveyRows: MatrixRows = {
  'survey.open': {
    scoped: true,
    input: async (fx, p, t) => ({ token: await surveyFixtures(fx).token(p, t) }),
    expect: anyoneWithTheLink,
  },
  'survey.answer': {
    scoped: true,
    input: async (fx, p, t) => ({ token: await surveyFixtures(fx).token(p, t), answers: SATISFIED }),
    expect: anyoneWithTheLink,
  },

  'survey.hq.templates': { scoped: false, input: () => ({}), expect: readers(false) },
  'survey.hq.template': {
    scoped: true,
    input: async (fx, p, t) => ({ id: (await surveyFixtures(fx).template(p, t)).id }),
    expect: readers(true),
  },
  'survey.hq.preview': {
    scoped: true,
    input: async (fx, p, t) => ({ id: (await surveyFixtures(fx).template(p, t)).id }),
    expect: readers(true),
  },
  'survey.hq.createTemplate': {
    scoped: false,
    input: () => ({ purpose: 'campaign', content: MATRIX_TEMPLATE }),
    expect: builders(false),
  },
  'survey.hq.updateTemplate': {
    scoped: true,
    async input(fx, p, t) {
      const { id, version } = await surveyFixtures(fx).template(p, t)
      return { id, baseVersion: version, content: MATRIX_TEMPLATE }
    },
    expect: builders(true),
  },
  'survey.hq.setTemplateActive': {
    scoped: true,
    input: async (fx, p, t) => ({ id: (await surveyFixtures(fx).template(p, t)).id, active: false }),
    expect: builders(true),
  },
  'survey.hq.campaigns': { scoped: false, input: () => ({}), expect: readers(false) },
  'survey.hq.campaignAudience': {
    scoped: false,
    input: () => ({ segment: { keyAccountsOnly: true } }),
    expect: builders(false),
  },
  'survey.hq.createCampaign': {
    scoped: false,
    async input(fx) {
      const tpl = (await fx.h.repos.surveys.templates.activeFor('campaign'))!
      return { name: `matrix ${fx.seq()}`, templateId: tpl.id, segment: { keyAccountsOnly: true } }
    },
    expect: builders(false),
  },
  'survey.hq.sendCampaign': {
    scoped: true,
    input: (fx, p, t) => surveyFixtures(fx).campaign(p, t),
    expect: builders(true),
  },
  'survey.hq.results': { scoped: false, input: () => ({}), expect: readers(false) },
  'survey.hq.comments': { scoped: false, input: () => ({}), expect: readers(false) },
  'survey.hq.exportComments': { scoped: false, input: () => ({ format: 'csv' }), expect: readers(false) },
  'survey.hq.followUps': { scoped: false, input: () => ({}), expect: readers(false) },
  'survey.hq.followUp': {
    scoped: true,
    input: async (fx, p, t) => ({ id: (await surveyFixtures(fx).followUp(p, t)).id }),
    expect: readers(true),
  },
  'survey.hq.policy': { scoped: false, input: () => undefined, expect: readers(false) },
  'survey.hq.updatePolicy': {
    scoped: false,
    async input(fx) {
      const { settings, version } = await (await fx.h.as(await fx.h.staffToken('admin'))).survey.hq.policy()
      return { settings, baseVersion: version }
    },
    expect: adminOnly,
  },
  'survey.hq.runDeliverySweep': { scoped: false, input: () => undefined, expect: adminOnly },
  'survey.hq.runReminderSweep': { scoped: false, input: () => undefined, expect: adminOnly },

  'survey.station.scores': { scoped: false, input: () => ({}), expect: stationStaff(false) },
  'survey.station.followUps': { scoped: false, input: () => ({}), expect: stationStaff(false) },
  'survey.station.followUp': {
    scoped: true,
    input: async (fx, p, t) => ({ id: (await surveyFixtures(fx).followUp(p, t)).id }),
    expect: stationStaff(true),
  },
  'survey.station.recordCall': {
    scoped: true,
    input: async (fx, p, t) => ({
      ...(await surveyFixtures(fx).followUp(p, t)),
      satisfied: true,
      note: '已回访，客户满意',
    }),
    expect: stationStaff(true),
  },
  'survey.station.sendRenewal': {
    scoped: true,
    input: (fx, p, t) => surveyFixtures(fx).followUp(p, t),
    expect: stationStaff(true),
  },
}
