import type { Discipline, EightdStep, StepContent } from '@asq/domain'
import {
  computeRecovery,
  DEFAULT_EIGHTD_SETTINGS,
  DISCIPLINES,
  eightdNumber,
  eightdYear,
  makeCalendar,
  nextDeadline,
  stepDeadlines,
} from '@asq/domain'
import { eq } from 'drizzle-orm'
import type { Database } from '../client'
import { eightdRepositories } from '../repositories/eightd.repository'
import { complaints } from '../schema'
import type { ContextSeed, DemoNetwork } from './steps'

const H = 3_600_000
const D = 24 * H
const PACE_DAYS = [0.2, 0.4, 0.7, 0.9, 5, 9, 35, 45, 55]

/** The 8D answers of real case 2 (headlamp flicker): a cold solder joint at the lamp supplier. */
const HEADLAMP_8D: StepContent = {
  D0: {
    members: [
      { name: '陈立 Chen Li', role: '组长 Team leader', department: '星光质量部 QA' },
      { name: '孙工 Sun', role: '工艺工程师 Process engineer', department: '星光制造部 Manufacturing' },
      { name: '郑工 Zheng', role: '主机厂质量 OEM quality', department: '华信质量部 Huaxin QA' },
    ],
    champion: '星光副总 Xingguang VP Quality',
  },
  D1: {
    what: '前大灯总成间歇性闪烁 Headlamp assembly flickers intermittently',
    where: '北京朝阳服务站，客户车辆 X7 Beijing Chaoyang station, customer X7',
    when: '交车约 12 个月后 About 12 months after delivery',
    who: '客户李娜报修 Reported by customer Li Na',
    why: '影响夜间行车安全 Affects night driving safety',
    how: '调整一次后仍闪烁，需更换总成 Still flickers after one adjustment; assembly must be replaced',
    howMany: 37,
  },
  D2: {
    data: '2026 年 9–11 月保修退件 37 件，集中在批次 HL-2509-B；退件拆解 12 件，11 件驱动板焊点开裂。 37 warranty returns Sep–Nov 2026, concentrated in lot HL-2509-B; 11 of 12 torn down show cracked driver-board solder joints.',
    photoIds: [],
  },
  D3: {
    actions: [
      {
        action:
          '在库与在途 HL-2509-B 全数隔离并 100% 检验 Quarantine and 100% inspect HL-2509-B stock and transit',
        quantitySorted: 1200,
        quantityQuarantined: 46,
      },
      {
        action: '服务站备件库存替换为 HL-2510 批次 Replace station spare stock with lot HL-2510',
        quantitySorted: 180,
        quantityQuarantined: 9,
      },
    ],
    firstSuspectedCause: '回流焊温度曲线偏低导致虚焊 Reflow profile too cool, leaving cold solder joints',
  },
  D4: {
    occurrenceCause:
      '9 月回流焊炉温控模块更换后曲线未重新验证 The reflow oven profile was not re-validated after a controller swap in September',
    escapeCause:
      '终检只做点亮测试，未做热循环振动测试 Final test only lit the lamp; no thermal-cycle vibration test',
    analysis: {
      kind: 'five_why',
      whys: [
        '灯闪烁 → 驱动板供电中断 Flicker → driver board loses power',
        '供电中断 → 焊点开裂 Power loss → cracked solder joint',
        '焊点开裂 → 虚焊 Cracked joint → cold solder joint',
        '虚焊 → 炉温偏低 Cold joint → oven profile too cool',
        '炉温偏低 → 更换温控后未验证 Too cool → profile not re-validated after controller swap',
      ],
    },
    verification:
      '按原曲线复现虚焊，按修正曲线 500 次热循环无失效 Reproduced with the old profile; no failure in 500 thermal cycles with the corrected one',
  },
  D5: {
    actions: [
      {
        action: '修正并锁定回流焊曲线 Correct and lock the reflow profile',
        owner: '孙工 Sun',
        dueDate: '2026-12-05',
      },
      {
        action: '终检增加热循环振动抽检 Add thermal-cycle vibration sampling to final test',
        owner: '陈立 Chen Li',
        dueDate: '2026-12-12',
      },
    ],
  },
  D6: {
    figures: [
      { metric: '驱动板焊点不良率 Solder defect rate', before: 2.8, after: 0.05, unit: '%' },
      { metric: '月保修退件 Monthly warranty returns', before: 14, after: 1, unit: '件 pcs' },
    ],
    conclusion: '连续 8 周不良率低于 0.1% Defect rate below 0.1% for eight consecutive weeks',
  },
  D7: {
    documents: ['WI-SMT-012 回流焊作业指导书 Reflow work instruction', 'QP-FT-004 终检规范 Final test plan'],
    fmeaUpdated: true,
    controlPlanUpdated: true,
    otherProducts: ['尾灯驱动板 TL-200 Tail-lamp driver TL-200'],
    notes: '设备变更后必须重新验证工艺 Any equipment change requires process re-validation',
  },
  D8: {
    recognition: '感谢星光与华信联合团队 Thanks to the joint Xingguang/Huaxin team',
    remainingOpen: ['跟踪 2027 年 Q1 退件率 Track Q1 2027 return rate'],
  },
}

async function openClaim(
  tx: Database,
  n: DemoNetwork,
  c: {
    supplier: string
    title: string
    partCode: string
    partName: string
    lot: string
    quantityAffected: number
    foundAt: 'customer_complaint' | 'warranty_return' | 'incoming_inspection'
    severity: 'minor' | 'major' | 'critical'
    description: string
    story: string | null
    openedAgo: number
    approvedUpTo: number
    submittedNext?: boolean
  },
) {
  const repos = eightdRepositories(tx)
  const openedAt = new Date(n.now.getTime() - c.openedAgo)
  const customer = n.customers.find((x) => x.story === c.story)
  const complaintIds = customer
    ? (
        await tx.select({ id: complaints.id }).from(complaints).where(eq(complaints.customerId, customer.id))
      ).map((r) => r.id)
    : []
  const year = eightdYear(openedAt)
  const claim = (await repos.claims.create({
    number: eightdNumber(year, await repos.claims.nextSequence(year)),
    supplierId: n.orgIdByCode[c.supplier]!,
    title: c.title,
    partCode: c.partCode,
    partName: c.partName,
    lot: c.lot,
    quantityAffected: c.quantityAffected,
    foundAt: c.foundAt,
    severity: c.severity,
    description: c.description,
    complaintIds,
    warrantyRefs: [],
    openedAt,
    openedBy: '郑工 Zheng (quality)',
    clientRequestId: crypto.randomUUID(),
    deadlines: stepDeadlines(openedAt, DEFAULT_EIGHTD_SETTINGS, makeCalendar({})),
  }))!
  const steps: EightdStep[] = []
  for (const [i, step] of DISCIPLINES.entries()) {
    const s = (await repos.steps.get(claim.id, step))!
    const approved = i < c.approvedUpTo
    const submitted = approved || (c.submittedNext && i === c.approvedUpTo)
    if (!submitted) {
      steps.push(s)
      continue
    }
    // A realistic pace: containment within a day, root cause within a week, closure within two months.
    const at = new Date(Math.min(openedAt.getTime() + PACE_DAYS[i]! * D, n.now.getTime() - (9 - i) * H))
    const content = HEADLAMP_8D[step as Discipline] as Record<string, unknown>
    await repos.steps.addRevision({
      claimId: claim.id,
      step,
      revision: 1,
      content,
      submittedAt: at,
      submittedBy: 'supplier',
    })
    if (approved)
      await repos.reviews.add({
        claimId: claim.id,
        step,
        revision: 1,
        decision: 'approved',
        comment: '',
        internalNote: '',
        reviewer: '郑工 Zheng (quality)',
        at,
      })
    steps.push(
      (await repos.steps.update(claim.id, step, s.version, {
        status: approved ? 'approved' : 'submitted',
        content,
        revision: 1,
        firstSubmittedAt: at,
        submittedAt: at,
        approvedAt: approved ? at : null,
        updatedAt: at,
      }))!,
    )
  }
  const closed = c.approvedUpTo === DISCIPLINES.length
  return (await repos.claims.update(claim.id, claim.version, {
    nextDueAt: nextDeadline(steps),
    status: closed ? 'closed' : 'open',
    closedAt: closed ? steps[8]!.approvedAt : null,
  }))!
}

/** Demo 8D claims to the three demo suppliers, from the real cases (headlamp, blower motor, CV joint). */
export const seedEightd: ContextSeed = async (tx, n) => {
  const lamp = await openClaim(tx, n, {
    supplier: 'S-LAMP',
    title: '前大灯总成闪烁 Headlamp assembly flicker',
    partCode: 'X7HL001',
    partName: 'X7 左前大灯总成 X7 left headlamp assembly',
    lot: 'HL-2509-B',
    quantityAffected: 37,
    foundAt: 'customer_complaint',
    severity: 'major',
    description:
      '客户反映 X7 左前大灯行驶中闪烁，服务站调整插接件后复发，更换总成后消失。同批次 HL-2509-B 已确认 37 件，请分析根本原因并提出纠正措施。',
    story: 'headlamp-flicker',
    openedAgo: 3 * D,
    approvedUpTo: 4,
    submittedNext: true,
  })
  const repos = eightdRepositories(tx)
  const lines = [
    {
      kind: 'parts' as const,
      description: '大灯总成 37 件 37 headlamp assemblies',
      amountFen: 37 * 86_000,
      complaintId: lamp.complaintIds[0] ?? null,
    },
    {
      kind: 'labour' as const,
      description: '更换工时 37 × 0.8 h Replacement labour',
      amountFen: 37 * 6_400,
      complaintId: null,
    },
    {
      kind: 'logistics' as const,
      description: '退件物流 Return freight',
      amountFen: 48_000,
      complaintId: null,
    },
  ]
  await repos.recovery.save(lamp.id, null, {
    lines,
    ...computeRecovery(lines, DEFAULT_EIGHTD_SETTINGS.handlingFee),
    amountFen: computeRecovery(lines, DEFAULT_EIGHTD_SETTINGS.handlingFee).computedFen,
    status: 'proposed',
    disputeReason: null,
    hqNote: null,
    decidedAt: null,
    updatedAt: n.now,
  })
  await openClaim(tx, n, {
    supplier: 'S-MOTOR',
    title: '鼓风机异响 Blower motor rattle',
    partCode: 'H5BM001',
    partName: 'H5 空调鼓风机 H5 A/C blower motor',
    lot: 'BM-2606-03',
    quantityAffected: 8,
    foundAt: 'warranty_return',
    severity: 'minor',
    description:
      '保养后空调鼓风机仍有异响，拆检确认轴承磨损。批次 BM-2606-03 已退回 8 件，请核查轴承来料质量。',
    story: 'blower-motor-quote',
    openedAgo: 2 * D,
    approvedUpTo: 0,
  })
  const drive = await openClaim(tx, n, {
    supplier: 'S-DRIVE',
    title: '等速万向节早期失效 CV joint early failure',
    partCode: 'CV-T3-02',
    partName: 'T3 外球笼 T3 outer CV joint',
    lot: 'CV-2503-11',
    quantityAffected: 5,
    foundAt: 'customer_complaint',
    severity: 'critical',
    description:
      '车辆异地行驶中外球笼失效，需救援拖车。批次 CV-2503-11 共 5 件早期失效，请分析热处理与装配过程。',
    story: 'breakdown-far-from-home',
    openedAgo: 70 * D,
    approvedUpTo: 9,
  })
  const driveLines = [
    {
      kind: 'parts' as const,
      description: '外球笼 5 件 5 outer CV joints',
      amountFen: 5 * 52_000,
      complaintId: null,
    },
  ]
  const driveCost = computeRecovery(driveLines, DEFAULT_EIGHTD_SETTINGS.handlingFee)
  await repos.recovery.save(drive.id, null, {
    lines: driveLines,
    ...driveCost,
    amountFen: driveCost.computedFen,
    status: 'accepted',
    disputeReason: null,
    hqNote: null,
    decidedAt: drive.closedAt,
    updatedAt: n.now,
  })
  await repos.ledger.post({
    supplierId: drive.supplierId,
    claimId: drive.id,
    amountFen: driveCost.computedFen,
    postedAt: drive.closedAt!,
  })
}
