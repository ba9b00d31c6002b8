import { createRepositories, type DatabaseHandle, seedDemoData } from '@asq/db'
import { nodeSecurity } from '../security/security'
import { createBreachedComplaints } from './breached-complaints'
import { createOverdueEightdClaims } from './overdue-eightd-claims'
import { buildSettlementScenario } from './reimbursement-scenario'

/**
 * A background job's crash scenario: the data it finds (built once, copied for the reference run),
 * the moment it runs at, and its effects as one text key `k` per row (natural keys, so duplicates and
 * misses are counted row by row; the audit trail and outbox of every job are compared too).
 */
export type CrashScenario = {
  job: string
  env: Record<string, string>
  build(h: DatabaseHandle): Promise<void>
  effects: string[]
}

const HOUR = 3_600_000
const SEEDED = new Date('2026-11-24T02:00:00Z')
const COMMON_EFFECTS = [
  "select action || ' ' || entity_type || ' ' || entity_id as k from audit_events",
  "select kind || ' ' || channel || ' ' || recipient || ' ' || status as k from outbox",
]
const seeded = async (h: DatabaseHandle, at: Date) => {
  await seedDemoData(h.db, nodeSecurity.hashPassword, at)
  return createRepositories(h.db)
}

export const settlementScenario = (dealers: number): CrashScenario => ({
  job: 'settlement',
  env: { CRASH_NOW: '2026-11-03T02:00:00.000Z', CRASH_PERIOD: '2026-10' },
  async build(h) {
    const at = new Date('2026-10-20T02:00:00Z')
    const repos = await seeded(h, at)
    const opts = { dealers, linesPerDealer: 2, claimPeriod: '2026-09', settlePeriod: '2026-10', at }
    await buildSettlementScenario(h.db, repos, opts)
  },
  effects: [
    // A settlement's audit event names its run, whose id is new in each database: name the dealer.
    "select a.action || ' ' || coalesce(r.dealer_id || ' ' || r.period, a.entity_id) as k from audit_events a left join settlement_runs r on r.id::text = a.entity_id",
    COMMON_EFFECTS[1]!,
    "select dealer_id || ' ' || cause_type || ' ' || cause_id || ' ' || amount_fen as k from dealer_ledger_entries",
    "select dealer_id || ' ' || period || ' ' || closing_balance_fen as k from settlement_runs",
    'select id::text as k from reimbursement_lines where settlement_id is not null',
  ],
})

export const complaintSweepScenario = (complaints: number): CrashScenario => ({
  job: 'complaint escalation sweep',
  env: { CRASH_NOW: new Date(SEEDED.getTime() + 48 * HOUR).toISOString() },
  async build(h) {
    await createBreachedComplaints(await seeded(h, SEEDED), complaints, SEEDED, '7')
  },
  effects: [
    ...COMMON_EFFECTS,
    "select complaint_id || ' ' || clock || ' ' || cycle || ' ' || level as k from complaint_escalations",
    "select id || ' ' || escalation_level as k from complaints",
    "select complaint_id || ' ' || type as k from complaint_events",
  ],
})

export const eightdSweepScenario = (claims: number): CrashScenario => ({
  job: '8D escalation sweep',
  // D0–D3 (24 h) are an hour overdue: every claim rises to level 1.
  env: { CRASH_NOW: new Date(SEEDED.getTime() + 25 * HOUR).toISOString() },
  async build(h) {
    await createOverdueEightdClaims(await seeded(h, SEEDED), claims, SEEDED, 2098)
  },
  effects: [
    ...COMMON_EFFECTS,
    "select claim_id || ' ' || step || ' ' || level as k from eightd_escalations",
    "select id || ' ' || escalation_level as k from eightd_claims",
  ],
})

export const surveyDeliveryScenario = (invitations: number): CrashScenario => ({
  job: 'survey delivery sweep',
  env: { CRASH_NOW: new Date(SEEDED.getTime() + 2 * HOUR).toISOString() },
  async build(h) {
    const repos = await seeded(h, SEEDED)
    const template = (await repos.surveys.templates.activeFor('complaint'))!
    const customers = await Promise.all(
      ['13800000001', '13800000002', '13800000003'].map(
        async (value) => (await repos.customers.byContact({ type: 'phone', value }))!,
      ),
    )
    const station = (await repos.organisations.list({ kind: 'dealer' }))[0]!
    for (let i = 0; i < invitations; i++)
      await repos.surveys.invitations.schedule({
        source: 'complaint',
        sourceKey: `crash:${i}`,
        complaintId: null,
        campaignId: null,
        followUpId: null,
        customerId: customers[i % customers.length]!.id,
        stationId: station.id,
        region: station.region,
        kind: 'appeal',
        templateId: template.id,
        templateVersion: template.currentVersion,
        sendAt: new Date(SEEDED.getTime() + (i % 60) * 60_000),
        createdAt: SEEDED,
      })
  },
  effects: [
    ...COMMON_EFFECTS,
    "select id || ' ' || status as k from survey_invitations",
    'select invitation_id::text as k from survey_links',
  ],
})
