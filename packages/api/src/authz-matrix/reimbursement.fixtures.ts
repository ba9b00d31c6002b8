import { randomUUID } from 'node:crypto'
import type { Repositories } from '@asq/domain'
import { currentPeriod } from '@asq/domain'
import type { Harness } from '../testing/harness'
import { type Fixture, MISSING_ID, type Principal, type Target } from './principals'

/** Vehicles of the demo network: 李娜's X7 and 张伟's H5 at 北京朝阳, 刘洋's X7 at 上海浦东. */
export const VIN = { liNa: 'LHX7B2345N0000002', zhangWei: 'LHX5A1234N0000001', liuYang: 'LHX7D4567N0000004' }

/** Test parts: cost (HQ reimburses in warranty) and list (out-of-warranty) prices, in fen. */
export const PARTS = {
  headlamp: {
    code: 'RB-X7-HL-001',
    line: 'X7',
    nameZh: '前大灯总成',
    nameEn: 'Headlamp assembly',
    costFen: 86000,
    listFen: 128000,
    returnRequired: true,
  },
  brake: {
    code: 'RB-H5-BRK-010',
    line: 'H5',
    nameZh: '前刹车片',
    nameEn: 'Front brake pads',
    costFen: 12000,
    listFen: 18000,
    returnRequired: false,
  },
  wiper: {
    code: 'RB-X7-WIP-004',
    line: 'X7',
    nameZh: '雨刮电机',
    nameEn: 'Wiper motor',
    costFen: 30000,
    listFen: 45000,
    returnRequired: true,
  },
  blower: {
    code: 'RB-X7-BLW-003',
    line: 'X7',
    nameZh: '鼓风机',
    nameEn: 'Blower motor',
    costFen: 64000,
    listFen: 105000,
    returnRequired: true,
  },
}
/** The approved labour rate of the test stations: 80 yuan an hour. */
export const LABOUR_RATE_FEN = 8000

/**
 * The fee rules the reimbursement tests price with, set up through the fee context's own
 * repositories (issue 4): parts and prices, 36-month / 100 000 km warranty on H5 and X7, an approved
 * fee standard for 北京朝阳 and 上海浦东. Idempotent per database.
 */
export async function setUpFeeRules(repos: Repositories, at: Date) {
  const done = await repos.fee.catalogue.parts(Object.values(PARTS).map((p) => p.code))
  if (done.length === Object.keys(PARTS).length) return
  for (const p of Object.values(PARTS))
    await repos.fee.catalogue.upsert(
      {
        code: p.code,
        productLineCode: p.line,
        nameZh: p.nameZh,
        nameEn: p.nameEn,
        returnRequired: p.returnRequired,
        active: true,
      },
      { partCode: p.code, effectiveFrom: '2024-01-01', costFen: p.costFen, listFen: p.listFen },
      at,
    )
  for (const line of ['H5', 'X7'])
    await repos.fee.terms.add({
      productLineCode: line,
      partCode: null,
      effectiveFrom: '2024-01-01',
      months: 36,
      usageLimit: 100_000,
      usageUnit: 'km',
      startBasis: 'purchase',
      card: null,
      createdBy: 'test',
      at,
    })
  const orgs = await repos.organisations.list({ kind: 'dealer' })
  for (const code of ['D-BJ01', 'D-SH01']) {
    const dealerId = orgs.find((o) => o.code === code)!.id
    const { standard } = await repos.fee.standards.propose({
      dealerId,
      labourRateFen: LABOUR_RATE_FEN,
      calloutFeeFen: 5000,
      extras: [],
      effectiveFrom: '2024-01-01',
      note: null,
      proposedBy: 'test',
      proposedAt: at,
      clientRequestId: randomUUID(),
    })
    await repos.fee.standards.decide(standard.id, standard.version, {
      status: 'approved',
      effectiveFrom: '2024-01-01',
      decidedBy: 'test',
      decidedAt: at,
      decisionNote: null,
    })
  }
}

/** Registers a replaced old part in the dealer's register; returns its registration number. */
export async function registerOldPart(
  repos: Repositories,
  dealerId: string,
  p: { partCode: string; line: string; serial: string; replacedOn: string; returnDeadline: string },
  at: Date,
) {
  const { registration } = await repos.fee.oldParts.register({
    dealerId,
    quoteId: null,
    partCode: p.partCode,
    productLineCode: p.line,
    quantity: 1,
    serial: p.serial,
    replacedOn: p.replacedOn,
    returnDeadline: p.returnDeadline,
    note: null,
    createdAt: at,
    clientRequestId: randomUUID(),
  })
  return registration
}

/** A valid line for a station: 李娜's X7 headlamp at 北京朝阳, 刘洋's X7 blower at 上海浦东. */
export async function validLine(h: Harness, dealerCode: string, repairDate: string, ro: string) {
  const dealerId = (await h.repos.organisations.list()).find((o) => o.code === dealerCode)!.id
  const bj = dealerCode === 'D-BJ01'
  const part = bj ? PARTS.headlamp : PARTS.blower
  const serial = bj ? VIN.liNa : VIN.liuYang
  const reg = await registerOldPart(
    h.repos,
    dealerId,
    { partCode: part.code, line: part.line, serial, replacedOn: repairDate, returnDeadline: '2099-12-31' },
    h.now(),
  )
  return {
    repairOrderNo: ro,
    repairDate,
    serial,
    partCode: part.code,
    quantity: 1,
    labourHours: 1.5,
    oldPartRegistrationNo: reg.registrationNumber,
  }
}

/**
 * Reimbursement records placed relative to a principal: "own" and "sameOrg" belong to the dealer
 * principal's station (北京朝阳 D-BJ01), "otherTenant" to 上海浦东 (D-SH01). The claim is the station's
 * claim for the current month, put back each call into a fresh state (draft, or submitted with no
 * decision) with one valid line of its own, so that every call starts from the same place.
 */
export function reimbursementFixtures(fx: Fixture) {
  const { h } = fx
  const stationOf = (t: Target) => (t === 'otherTenant' ? 'D-SH01' : 'D-BJ01')
  async function fresh(t: Exclude<Target, 'missing'>, state: 'draft' | 'submitted') {
    const r = h.repos.reimbursement
    await setUpFeeRules(h.repos, h.now())
    const dealerId = await fx.orgId(stationOf(t))
    const period = currentPeriod(h.now())
    let { claim: c } = await r.claims.getOrCreate(dealerId, period, h.now())
    if (c.status !== 'draft')
      c = (await r.claims.transition(
        c.id,
        c.version,
        { status: 'draft', submittedAt: null, auditStartedAt: null, auditedAt: null },
        h.now(),
      ))!
    await r.lines.setLocked(c.id, false)
    for (const l of await r.lines.ofClaim(c.id)) await r.lines.remove(l.id)
    const line = await validLine(h, stationOf(t), `${period}-01`, `RO-M-${fx.seq()}`)
    const [l] = await r.lines.add(c, [{ ...line, claimedFen: 100, pricing: null, problems: [] }], h.now())
    c = (await r.claims.touch(c.id, c.version, h.now()))!
    if (state === 'submitted') {
      c = (await r.claims.transition(
        c.id,
        c.version,
        { status: 'submitted', submittedAt: h.now() },
        h.now(),
      ))!
      await r.lines.setLocked(c.id, true)
    }
    return { claimId: c.id, version: c.version, lineId: l!.id }
  }
  return {
    claim(_p: Principal, t: Target, state: 'draft' | 'submitted' = 'draft') {
      if (t === 'missing') return { claimId: MISSING_ID, version: 1, lineId: MISSING_ID }
      return fresh(t, state)
    },
    /** A statement of the target's station (a settlement row of a month of its own). */
    async statement(_p: Principal, t: Target): Promise<string> {
      if (t === 'missing') return MISSING_ID
      const dealerId = await fx.orgId(stationOf(t))
      const n = fx.seq()
      const run = await h.repos.reimbursement.settlements.insert({
        period: `${1000 + n}-01`,
        dealerId,
        statementNo: `ST-MATRIX-${n}`,
        linesFen: 0,
        deductionsFen: 0,
        netFen: 0,
        openingBalanceFen: 0,
        closingBalanceFen: 0,
        lineCount: 0,
        entryCount: 0,
        trigger: 'manual',
        runBy: 'matrix',
        settledAt: h.now(),
      })
      return run!.id
    },
  }
}
