import { randomUUID } from 'node:crypto'
import {
  addDays,
  chinaDate,
  decideStandard,
  priceRepair,
  type RepairInput,
  selectRulesInForce,
} from '@asq/domain'
import { loadVersions } from '../routers/fee/fee.service'
import type { Harness } from '../testing/harness'
import { type Fixture, MISSING_ID, type Principal, type Target } from './principals'

/** The part every fee matrix row uses; created once per harness with terms and approved standards. */
export const MX_PART = 'MX-001'

export const mxRepair = (r: Partial<RepairInput> = {}): RepairInput => ({
  productLineCode: 'H5',
  serial: 'MATRIX',
  purchaseDate: '2025-01-01',
  deliveryDate: null,
  usage: 1000,
  repairDate: '2026-11-24',
  parts: [{ partCode: MX_PART, quantity: 1 }],
  labour: [{ hours: 1, partCode: MX_PART }],
  callout: false,
  extras: [],
  ...r,
})

const ready = new WeakMap<Harness, Promise<void>>()
/** Our own counter for distinct dates: the shared fx.seq() feeds other contexts' inputs. */
let dateSeq = 0
export const nextDay = (from: number) => addDays(chinaDate(new Date(from)), ++dateSeq)

async function basics(fx: Fixture) {
  const { h } = fx
  const at = h.now()
  const [part] = await h.repos.fee.catalogue.parts([MX_PART])
  if (!part)
    await h.repos.fee.catalogue.upsert(
      {
        code: MX_PART,
        productLineCode: 'H5',
        nameZh: '矩阵测试件',
        nameEn: 'Matrix part',
        returnRequired: true,
        active: true,
      },
      { partCode: MX_PART, effectiveFrom: '2020-01-01', costFen: 10_000, listFen: 20_000 },
      at,
    )
  if (!(await h.repos.fee.terms.list({ productLineCode: 'H5' })).some((t) => t.partCode === null))
    await h.repos.fee.terms.add({
      productLineCode: 'H5',
      partCode: null,
      effectiveFrom: '2020-01-01',
      months: 36,
      usageLimit: 100_000,
      usageUnit: 'km',
      startBasis: 'purchase',
      card: null,
      createdBy: 'matrix',
      at,
    })
  for (const code of ['D-BJ01', 'D-SH01']) {
    const dealerId = await fx.orgId(code)
    const all = await h.repos.fee.standards.forDealer(dealerId)
    if (all.some((s) => s.status === 'approved' && s.effectiveFrom <= '2026-11-24')) continue
    await approvedStandard(fx, dealerId, '2020-01-01')
  }
}

async function approvedStandard(fx: Fixture, dealerId: string, effectiveFrom: string) {
  const { h } = fx
  const { standard } = await h.repos.fee.standards.propose({
    dealerId,
    clientRequestId: randomUUID(),
    labourRateFen: 8000,
    calloutFeeFen: 5000,
    extras: [],
    effectiveFrom,
    note: null,
    proposedBy: 'matrix',
    proposedAt: h.now(),
  })
  const patch = decideStandard(standard, {
    approve: true,
    note: null,
    by: 'matrix',
    at: h.now(),
    today: effectiveFrom,
  })
  return (await h.repos.fee.standards.decide(standard.id, standard.version, patch))!
}

/**
 * Fee records placed relative to a principal, like the complaint fixtures: "own" and "sameOrg" belong
 * to the dealer principal's station (北京朝阳 D-BJ01), "otherTenant" to 上海浦东 D-SH01.
 */
export function feeFixtures(fx: Fixture) {
  const { h } = fx
  const ensure = () => {
    if (!ready.has(h)) ready.set(h, basics(fx))
    return ready.get(h)!
  }
  const dealerOf = async (t: Exclude<Target, 'missing'>) =>
    fx.orgId(t === 'otherTenant' ? 'D-SH01' : 'D-BJ01')

  async function proposal(_p: Principal, t: Target) {
    await ensure()
    if (t === 'missing') return { id: MISSING_ID, version: 1 }
    const { standard } = await h.repos.fee.standards.propose({
      dealerId: await dealerOf(t),
      clientRequestId: randomUUID(),
      labourRateFen: 9000,
      calloutFeeFen: 5000,
      extras: [],
      effectiveFrom: '2027-01-01',
      note: null,
      proposedBy: 'matrix',
      proposedAt: h.now(),
    })
    return { id: standard.id, version: standard.version }
  }

  async function quote(_p: Principal, t: Target) {
    await ensure()
    if (t === 'missing') return { id: MISSING_ID, version: 1 }
    const dealerId = await dealerOf(t)
    const repair = mxRepair()
    const priced = priceRepair(
      repair,
      selectRulesInForce(await loadVersions(h.repos, dealerId, [MX_PART]), repair.repairDate, 'H5'),
    )
    const { quote } = await h.repos.fee.quotes.create({
      dealerId,
      customerId: null,
      vin: null,
      repair,
      priced,
      status: 'open',
      customerChargeFen: priced.totals.customerChargeFen,
      dealerReimbursementFen: priced.totals.dealerReimbursementFen,
      unapprovedStandard: priced.unapprovedStandard,
      clientRequestId: randomUUID(),
      createdBy: 'matrix',
      createdAt: h.now(),
      finalisedAt: null,
    })
    return { id: quote.id, version: quote.version }
  }

  async function oldPart(_p: Principal, t: Target, status: 'registered' | 'reported') {
    await ensure()
    if (t === 'missing') return { id: MISSING_ID, version: 1 }
    const { registration: r } = await h.repos.fee.oldParts.register({
      dealerId: await dealerOf(t),
      clientRequestId: randomUUID(),
      quoteId: null,
      partCode: MX_PART,
      productLineCode: 'H5',
      quantity: 1,
      serial: 'MATRIX',
      replacedOn: '2026-11-20',
      returnDeadline: '2026-12-20',
      note: null,
      createdAt: h.now(),
    })
    if (status === 'registered') return { id: r.id, version: r.version }
    const after = (await h.repos.fee.oldParts.update(r.id, r.version, {
      status: 'reported',
      reportedAt: h.now(),
    }))!
    return { id: after.id, version: after.version }
  }

  async function partsRequest(_p: Principal, t: Target, status: 'requested' | 'confirmed' | 'shipped') {
    await ensure()
    if (t === 'missing') return { id: MISSING_ID, version: 1 }
    let { request: r } = await h.repos.fee.partsRequests.create({
      dealerId: await dealerOf(t),
      clientRequestId: randomUUID(),
      lines: [{ partCode: MX_PART, quantity: 2 }],
      note: null,
      createdBy: 'matrix',
      createdAt: h.now(),
    })
    if (status !== 'requested')
      r = (await h.repos.fee.partsRequests.update(r.id, r.version, {
        status: 'confirmed',
        costTotalFen: 20_000,
        estimatedShipDate: '2026-12-01',
        confirmedAt: h.now(),
        confirmedBy: 'matrix',
      }))!
    if (status === 'shipped')
      r = (await h.repos.fee.partsRequests.update(r.id, r.version, {
        status: 'shipped',
        shippedAt: h.now(),
      }))!
    return { id: r.id, version: r.version }
  }

  /** Terms that take effect later (so they may be withdrawn), on a date of their own. */
  async function futureTerms(_p: Principal, t: Target) {
    await ensure()
    if (t === 'missing') return { id: MISSING_ID }
    const day = nextDay(Date.UTC(2031, 0, 1))
    const terms = await h.repos.fee.terms.add({
      productLineCode: t === 'otherTenant' ? 'X7' : 'H5',
      partCode: null,
      effectiveFrom: day,
      months: 24,
      usageLimit: null,
      usageUnit: 'km',
      startBasis: 'purchase',
      card: null,
      createdBy: 'matrix',
      at: h.now(),
    })
    return { id: terms!.id }
  }

  return { ensure, proposal, quote, oldPart, partsRequest, futureTerms, dealerId: dealerOf }
}
