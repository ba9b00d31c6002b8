import type { Discipline } from '@asq/domain'

/** Complete content for every discipline, as a supplier would fill it in (tests only). */
export const FULL_8D: Record<Discipline, Record<string, unknown>> = {
  D0: { members: [{ name: '陈立', role: '组长 Lead', department: 'QA' }], champion: '星光副总' },
  D1: {
    what: '大灯闪烁',
    where: '北京',
    when: '2026-11',
    who: '客户',
    why: '安全',
    how: '路试',
    howMany: 37,
  },
  D2: { data: '退件 37 件，批次 HL-2509-B', photoIds: [] },
  D3: {
    actions: [{ action: '隔离库存', quantitySorted: 1200, quantityQuarantined: 46 }],
    firstSuspectedCause: '虚焊',
  },
  D4: {
    occurrenceCause: '炉温偏低',
    escapeCause: '终检缺热循环',
    analysis: { kind: 'fishbone', categories: { machine: ['温控模块更换'], method: ['未重新验证'] } },
    verification: '复现并验证',
  },
  D5: { actions: [{ action: '锁定炉温曲线', owner: '孙工', dueDate: '2026-12-05' }] },
  D6: { figures: [{ metric: '不良率', before: 2.8, after: 0.05, unit: '%' }], conclusion: '有效' },
  D7: { documents: ['WI-SMT-012'], fmeaUpdated: true, controlPlanUpdated: true, otherProducts: [] },
  D8: { recognition: '感谢团队', remainingOpen: [] },
}
