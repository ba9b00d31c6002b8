import type { CataloguePart, PartPrice } from './fee.catalogue'
import type { RepairInput } from './fee.repair'
import type { RuleVersions } from './fee.rules'
import type { FeeStandard } from './fee.standard'
import type { WarrantyTerms } from './fee.warranty'

/** Small rule sets for the fee tests: H5 sedans, 36 months or 100 000 km, a headlamp and a blower. */
export const terms = (t: Partial<WarrantyTerms> = {}): WarrantyTerms => ({
  id: `t-${t.partCode ?? 'line'}-${t.version ?? 1}`,
  productLineCode: 'H5',
  partCode: null,
  version: 1,
  effectiveFrom: '2020-01-01',
  months: 36,
  usageLimit: 100_000,
  usageUnit: 'km',
  startBasis: 'purchase',
  card: null,
  ...t,
})

export const standard = (s: Partial<FeeStandard> = {}): FeeStandard => ({
  id: `s-${s.seq ?? 1}`,
  dealerId: 'dealer-1',
  seq: 1,
  labourRateFen: 8000,
  calloutFeeFen: 5000,
  extras: [{ code: 'WASH', nameZh: '洗车', nameEn: 'Car wash', priceFen: 3000 }],
  effectiveFrom: '2020-01-01',
  status: 'approved',
  note: null,
  proposedBy: 'bj.manager',
  proposedAt: new Date('2020-01-01T00:00:00Z'),
  decidedBy: 'admin',
  decidedAt: new Date('2020-01-01T00:00:00Z'),
  decisionNote: null,
  version: 2,
  ...s,
})

export const PARTS: CataloguePart[] = [
  {
    code: 'HL-001',
    productLineCode: 'H5',
    nameZh: '前大灯总成',
    nameEn: 'Headlamp assembly',
    returnRequired: true,
    active: true,
  },
  {
    code: 'BM-001',
    productLineCode: 'H5',
    nameZh: '鼓风机',
    nameEn: 'Blower motor',
    returnRequired: false,
    active: true,
  },
]
export const PRICES: PartPrice[] = [
  { partCode: 'HL-001', effectiveFrom: '2020-01-01', costFen: 60_000, listFen: 98_000 },
  { partCode: 'BM-001', effectiveFrom: '2020-01-01', costFen: 70_000, listFen: 108_000 },
]

export const versions = (v: Partial<RuleVersions> = {}): RuleVersions => ({
  terms: [terms()],
  standards: [standard()],
  parts: PARTS,
  prices: PRICES,
  ...v,
})

export const repair = (r: Partial<RepairInput> = {}): RepairInput => ({
  productLineCode: 'H5',
  serial: 'LHX5A1234N0000001',
  purchaseDate: '2024-06-20',
  deliveryDate: null,
  usage: 40_000,
  repairDate: '2026-06-19',
  parts: [{ partCode: 'HL-001', quantity: 1 }],
  labour: [],
  callout: false,
  extras: [],
  ...r,
})
