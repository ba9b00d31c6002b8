import { randomUUID } from 'node:crypto'
import type { CardStandard, FeeExtra, RepairInput } from '@asq/domain'
import {
  addDays,
  chinaDate,
  decideStandard,
  priceRepair,
  returnDeadline,
  selectRulesInForce,
} from '@asq/domain'
import type { Database } from '../client'
import { feeRepositories } from '../repositories/fee.repository'
import type { ContextSeed, DemoNetwork } from './steps'

/**
 * Parts and fees demo data (issue 4): ~30 parts of the three product lines with prices, warranty
 * terms per product line (versioned) with per-part overrides, approved fee standards for the four
 * stations plus one proposal awaiting HQ, return deadlines, old-part registrations in every status,
 * dealer parts requests and quotes from the real cases. Rule dates lie in 2023 so that the rules
 * tests set up later (from 2024) take precedence over them.
 */
type P = [
  code: string,
  line: string,
  zh: string,
  en: string,
  costYuan: number,
  listYuan: number,
  ret: boolean,
]
const DEMO_PARTS: P[] = [
  ['H5HL001', 'H5', '前大灯总成（左）', 'Headlamp assembly (left)', 820, 1260, true],
  ['H5HL002', 'H5', '前大灯总成（右）', 'Headlamp assembly (right)', 820, 1260, true],
  ['H5BM001', 'H5', '鼓风机总成', 'Blower motor assembly', 690, 1080, true],
  ['H5BM002', 'H5', '鼓风机调速电阻', 'Blower speed resistor', 65, 120, false],
  ['H5OF001', 'H5', '机油滤清器', 'Oil filter', 18, 35, false],
  ['H5AF001', 'H5', '空气滤清器', 'Air filter', 25, 48, false],
  ['H5CF001', 'H5', '空调滤清器', 'Cabin air filter', 22, 45, false],
  ['H5BP001', 'H5', '前刹车片', 'Front brake pads', 120, 220, false],
  ['H5SP001', 'H5', '火花塞', 'Spark plug', 28, 55, false],
  ['H5WM001', 'H5', '雨刮电机', 'Wiper motor', 300, 450, true],
  ['H5BT001', 'H5', '蓄电池', 'Battery', 420, 680, true],
  ['H5AC001', 'H5', '空调压缩机', 'A/C compressor', 1850, 2980, true],
  ['X7HL001', 'X7', 'LED前大灯总成', 'LED headlamp assembly', 1280, 1980, true],
  ['X7BM001', 'X7', '鼓风机总成', 'Blower motor assembly', 760, 1180, true],
  ['X7OF001', 'X7', '机油滤清器', 'Oil filter', 22, 42, false],
  ['X7BP001', 'X7', '前刹车片', 'Front brake pads', 160, 280, false],
  ['X7SA001', 'X7', '前减震器', 'Front shock absorber', 520, 860, true],
  ['X7WP001', 'X7', '水泵', 'Water pump', 380, 620, true],
  ['X7TS001', 'X7', '节温器', 'Thermostat', 95, 160, false],
  ['X7AL001', 'X7', '发电机', 'Alternator', 980, 1560, true],
  ['X7BT001', 'X7', '蓄电池', 'Battery', 480, 760, true],
  ['T3CV001', 'T3', '等速万向节（外）', 'Outer CV joint', 410, 690, true],
  ['T3CV002', 'T3', '传动轴总成', 'Drive shaft assembly', 960, 1520, true],
  ['T3CL001', 'T3', '离合器片', 'Clutch disc', 350, 580, false],
  ['T3OF001', 'T3', '机油滤清器', 'Oil filter', 20, 38, false],
  ['T3BP001', 'T3', '鼓式刹车蹄片', 'Drum brake shoes', 140, 240, false],
  ['T3ST001', 'T3', '起动机', 'Starter motor', 720, 1150, true],
  ['T3FP001', 'T3', '燃油泵', 'Fuel pump', 460, 760, true],
  ['T3LS001', 'T3', '钢板弹簧', 'Leaf spring', 530, 880, false],
  ['T3HL001', 'T3', '前大灯总成', 'Headlamp assembly', 380, 620, true],
]

const EXTRAS: FeeExtra[] = [
  { code: 'WASH', nameZh: '精洗', nameEn: 'Full car wash', priceFen: 5000 },
  { code: 'TOW', nameZh: '拖车（10公里内）', nameEn: 'Towing (within 10 km)', priceFen: 30_000 },
  { code: 'AC_CLEAN', nameZh: '空调清洗', nameEn: 'A/C cleaning', priceFen: 16_800 },
]

const card = (
  labourRateFen: number,
  calloutFeeFen: number,
  partPrices: Record<string, number>,
): CardStandard => ({
  labourRateFen,
  calloutFeeFen,
  partPrices,
  extras: { WASH: 3000 },
})

async function seed(tx: Database, n: DemoNetwork) {
  const fee = feeRepositories(tx)
  const at = n.now
  const today = chinaDate(at)
  const dealer = (code: string) => n.orgIdByCode[code]!

  for (const [code, line, nameZh, nameEn, cost, list, ret] of DEMO_PARTS)
    await fee.catalogue.upsert(
      { code, productLineCode: line, nameZh, nameEn, returnRequired: ret, active: true },
      { partCode: code, effectiveFrom: '2023-01-01', costFen: cost * 100, listFen: list * 100 },
      at,
    )
  // The blower's real price went up in mid-2023 (case 3: the advisor quoted an old, wrong price).
  await fee.catalogue.upsert(
    {
      code: 'H5BM001',
      productLineCode: 'H5',
      nameZh: '鼓风机总成',
      nameEn: 'Blower motor assembly',
      returnRequired: true,
      active: true,
    },
    { partCode: 'H5BM001', effectiveFrom: '2023-07-01', costFen: 72_000, listFen: 112_000 },
    at,
  )

  const terms = (productLineCode: string, t: Partial<Parameters<typeof fee.terms.add>[0]>) =>
    fee.terms.add({
      productLineCode,
      partCode: null,
      effectiveFrom: '2023-01-01',
      months: 36,
      usageLimit: 100_000,
      usageUnit: 'km',
      startBasis: 'purchase',
      card: null,
      createdBy: 'service',
      at,
      ...t,
    })
  await terms('H5', { card: card(7000, 4000, { H5BM001: 98_000 }) })
  await terms('X7', { months: 36, usageLimit: 100_000 })
  // X7 v2: the warranty card of the new model year carries its own fee standard.
  await terms('X7', {
    effectiveFrom: '2023-07-01',
    months: 36,
    usageLimit: 120_000,
    card: card(7500, 4500, {}),
  })
  await terms('T3', { months: 24, usageLimit: 80_000, startBasis: 'delivery' })
  // Per-part overrides: batteries 12 months whatever the mileage; brake pads and filters are wear parts.
  for (const [line, part, months, usageLimit] of [
    ['H5', 'H5BT001', 12, null],
    ['X7', 'X7BT001', 12, null],
    ['H5', 'H5BM001', 24, 60_000],
    ['H5', 'H5BP001', 0, null],
    ['X7', 'X7BP001', 0, null],
    ['T3', 'T3CL001', 6, 20_000],
  ] as const)
    await terms(line, { partCode: part, months, usageLimit })

  const standards: [string, number, number][] = [
    ['D-BJ01', 8000, 5000],
    ['D-SH01', 8500, 6000],
    ['D-CD01', 7500, 4500],
    ['D-GZ01', 8200, 5000],
  ]
  for (const [code, labourRateFen, calloutFeeFen] of standards) {
    const { standard } = await fee.standards.propose({
      dealerId: dealer(code),
      clientRequestId: randomUUID(),
      labourRateFen,
      calloutFeeFen,
      extras: EXTRAS,
      effectiveFrom: '2023-01-01',
      note: '年度收费标准 Annual fee standard',
      proposedBy: code === 'D-BJ01' ? 'bj.manager' : 'service',
      proposedAt: new Date('2022-12-20T02:00:00Z'),
    })
    const patch = decideStandard(standard, {
      approve: true,
      note: '符合区域标准 In line with the region',
      by: 'admin',
      at: new Date('2022-12-28T02:00:00Z'),
      today: '2022-12-28',
    })
    await fee.standards.decide(standard.id, standard.version, patch)
  }
  // 广州天河 asks for a higher labour rate: waiting in HQ's approval queue.
  await fee.standards.propose({
    dealerId: dealer('D-GZ01'),
    clientRequestId: randomUUID(),
    labourRateFen: 9800,
    calloutFeeFen: 6000,
    extras: EXTRAS,
    effectiveFrom: addDays(today, 7),
    note: '人工成本上涨 Labour costs went up',
    proposedBy: 'gz.manager',
    proposedAt: new Date(at.getTime() - 2 * 86_400_000),
  })
  // 成都武侯 proposed an absurd call-out fee once and HQ rejected it.
  const { standard: absurd } = await fee.standards.propose({
    dealerId: dealer('D-CD01'),
    clientRequestId: randomUUID(),
    labourRateFen: 7500,
    calloutFeeFen: 48_000,
    extras: [],
    effectiveFrom: addDays(today, -30),
    note: null,
    proposedBy: 'cd.manager',
    proposedAt: new Date(at.getTime() - 40 * 86_400_000),
  })
  await fee.standards.decide(absurd.id, absurd.version, {
    status: 'rejected',
    effectiveFrom: absurd.effectiveFrom,
    decidedBy: 'admin',
    decidedAt: new Date(at.getTime() - 38 * 86_400_000),
    decisionNote: '外出服务费明显偏高 The call-out fee is far above the region',
  })

  const deadlines = [
    { scope: 'default' as const, key: '*', days: 30 },
    { scope: 'line' as const, key: 'T3', days: 45 },
    { scope: 'part' as const, key: 'X7HL001', days: 15 },
  ]
  for (const d of deadlines) await fee.deadlines.set(d)

  // Quotes from the real cases, priced by the engine with the rules above.
  const customer = (story: string) => n.customers.find((c) => c.story === story)!
  async function quote(
    dealerCode: string,
    story: string,
    r: Omit<RepairInput, 'serial' | 'purchaseDate' | 'productLineCode'>,
    final: boolean,
  ) {
    const c = customer(story)
    const v = (await fee.vehicleByVin(c.vin))!
    const repair: RepairInput = {
      ...r,
      serial: v.vin,
      purchaseDate: v.purchaseDate,
      productLineCode: v.productLineCode,
    }
    const codes = [
      ...repair.parts.map((p) => p.partCode),
      ...repair.labour.flatMap((l) => (l.partCode ? [l.partCode] : [])),
    ]
    const [parts, prices, standardsOf] = await Promise.all([
      fee.catalogue.parts(codes),
      fee.catalogue.prices(codes),
      fee.standards.forDealer(dealer(dealerCode)),
    ])
    const all = await fee.terms.list({})
    const priced = priceRepair(
      repair,
      selectRulesInForce(
        { terms: all, standards: standardsOf, parts, prices },
        repair.repairDate,
        repair.productLineCode,
      ),
    )
    const { quote } = await fee.quotes.create({
      dealerId: dealer(dealerCode),
      customerId: c.id,
      vin: c.vin,
      repair,
      priced,
      status: final ? 'final' : 'open',
      customerChargeFen: priced.totals.customerChargeFen,
      dealerReimbursementFen: priced.totals.dealerReimbursementFen,
      unapprovedStandard: priced.unapprovedStandard,
      clientRequestId: randomUUID(),
      createdBy: `${dealerCode === 'D-CD01' ? 'cd' : 'gz'}.manager`,
      createdAt: at,
      finalisedAt: final ? at : null,
    })
    return quote
  }
  // Case 5: the CV joint that failed far from home, under warranty (T3: 24 months from delivery).
  const cv = await quote(
    'D-CD01',
    'breakdown-far-from-home',
    {
      usage: 47_800,
      repairDate: addDays(today, -10),
      parts: [{ partCode: 'T3CV001', quantity: 1 }],
      labour: [{ hours: 2.5, partCode: 'T3CV001', description: null }],
      callout: true,
      extras: [{ code: 'TOW', quantity: 1 }],
      deliveryDate: null,
    },
    true,
  )
  // Case 6: maintenance at 广州天河, out of warranty for wear parts, still open (HQ sees the impact of GZ's proposal).
  await quote(
    'D-GZ01',
    'two-hour-wait',
    {
      usage: 12_600,
      repairDate: addDays(today, 2),
      parts: [
        { partCode: 'H5OF001', quantity: 1 },
        { partCode: 'H5BP001', quantity: 1 },
      ],
      labour: [{ hours: 1.2, partCode: null, description: '保养工时 Maintenance labour' }],
      callout: false,
      extras: [{ code: 'WASH', quantity: 1 }],
      deliveryDate: null,
    },
    false,
  )

  // The old-part register: one of each status, and one overdue at 广州天河.
  async function register(
    dealerCode: string,
    partCode: string,
    line: string,
    serial: string,
    daysAgo: number,
    quoteId: string | null,
  ) {
    const replacedOn = addDays(today, -daysAgo)
    const { registration } = await fee.oldParts.register({
      dealerId: dealer(dealerCode),
      clientRequestId: randomUUID(),
      quoteId,
      partCode,
      productLineCode: line,
      quantity: 1,
      serial,
      replacedOn,
      returnDeadline: returnDeadline(deadlines, { partCode, productLineCode: line, replacedOn }),
      note: null,
      createdAt: new Date(at.getTime() - daysAgo * 86_400_000),
    })
    return registration
  }
  const vin = (story: string) => customer(story).vin
  const cvPart = await register('D-CD01', 'T3CV001', 'T3', vin('breakdown-far-from-home'), 10, cv.id)
  await fee.oldParts.update(cvPart.id, cvPart.version, {
    status: 'reported',
    reportedAt: new Date(at.getTime() - 8 * 86_400_000),
    note: '随车带回 Brought back with the truck',
  })
  const reported = await register('D-BJ01', 'X7HL001', 'X7', vin('headlamp-flicker'), 12, null)
  await fee.oldParts.update(reported.id, reported.version, {
    status: 'reported',
    reportedAt: new Date(at.getTime() - 9 * 86_400_000),
    note: '顺丰 SF1234567890',
  })
  const received = await register('D-SH01', 'X7BM001', 'X7', vin('promised-gift'), 50, null)
  const r1 = (await fee.oldParts.update(received.id, received.version, {
    status: 'reported',
    reportedAt: new Date(at.getTime() - 45 * 86_400_000),
  }))!
  await fee.oldParts.update(r1.id, r1.version, {
    status: 'received',
    receivedAt: new Date(at.getTime() - 40 * 86_400_000),
  })
  const calledIn = await register('D-GZ01', 'X7SA001', 'X7', vin('parts-ticket'), 20, null)
  const c1 = (await fee.oldParts.update(calledIn.id, calledIn.version, {
    status: 'reported',
    reportedAt: new Date(at.getTime() - 18 * 86_400_000),
  }))!
  await fee.oldParts.update(c1.id, c1.version, {
    status: 'called_in',
    calledInAt: new Date(at.getTime() - 15 * 86_400_000),
    note: '质量部分析 For quality analysis',
  })
  // Registered two days ago at 成都武侯 and not reported yet: due in 45 days (T3 parts).
  await register('D-CD01', 'T3FP001', 'T3', vin('breakdown-far-from-home'), 2, null)
  // Replaced 40 days ago at 广州天河 and never reported: 10 days past its 30-day deadline, so the
  // next settlement deducts it at the out-of-warranty price (the register shows it overdue).
  await register('D-GZ01', 'X7WP001', 'X7', vin('parts-ticket'), 40, null)

  // Dealer parts requests (先购买，后报销): 北京朝阳 asks for the headlamps it lacked in case 2.
  const req = (
    dealerCode: string,
    lines: { partCode: string; quantity: number }[],
    note: string,
    by: string,
  ) =>
    fee.partsRequests.create({
      dealerId: dealer(dealerCode),
      clientRequestId: randomUUID(),
      lines,
      note,
      createdBy: by,
      createdAt: at,
    })
  await req(
    'D-BJ01',
    [{ partCode: 'X7HL001', quantity: 2 }],
    '常用件备货（前大灯缺货）Stock of a common part',
    'bj.manager',
  )
  const { request: gz } = await req(
    'D-GZ01',
    [
      { partCode: 'H5OF001', quantity: 20 },
      { partCode: 'H5CF001', quantity: 10 },
    ],
    '保养件月度补货 Monthly maintenance parts',
    'gz.manager',
  )
  const g1 = (await fee.partsRequests.update(gz.id, gz.version, {
    status: 'confirmed',
    costTotalFen: 20 * 1800 + 10 * 2200,
    estimatedShipDate: addDays(today, -60),
    confirmedBy: 'finance',
    confirmedAt: new Date(at.getTime() - 70 * 86_400_000),
  }))!
  await fee.partsRequests.update(g1.id, g1.version, {
    status: 'shipped',
    shippedAt: new Date(at.getTime() - 62 * 86_400_000),
  })
  const { request: sh } = await req(
    'D-SH01',
    [{ partCode: 'X7BM001', quantity: 1 }],
    '鼓风机 Blower motor',
    'sh.manager',
  )
  const s1 = (await fee.partsRequests.update(sh.id, sh.version, {
    status: 'confirmed',
    costTotalFen: 76_000,
    estimatedShipDate: addDays(today, -65),
    confirmedBy: 'finance',
    confirmedAt: new Date(at.getTime() - 72 * 86_400_000),
  }))!
  const s2 = (await fee.partsRequests.update(s1.id, s1.version, {
    status: 'shipped',
    shippedAt: new Date(at.getTime() - 66 * 86_400_000),
  }))!
  await fee.partsRequests.update(s2.id, s2.version, {
    status: 'received',
    receivedAt: new Date(at.getTime() - 63 * 86_400_000),
  })

  // Stock on the stations' shelves.
  await fee.stock.add(
    dealer('D-BJ01'),
    [
      { partCode: 'H5OF001', quantity: 24 },
      { partCode: 'H5AF001', quantity: 12 },
      { partCode: 'X7OF001', quantity: 18 },
    ],
    at,
  )
  await fee.stock.add(
    dealer('D-SH01'),
    [
      { partCode: 'X7BM001', quantity: 1 },
      { partCode: 'H5OF001', quantity: 30 },
    ],
    at,
  )
  await fee.stock.add(
    dealer('D-GZ01'),
    [
      { partCode: 'H5OF001', quantity: 6 },
      { partCode: 'H5BP001', quantity: 4 },
    ],
    at,
  )
}

export const seedFees: ContextSeed = seed
