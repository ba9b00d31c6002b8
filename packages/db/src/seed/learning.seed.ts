import { teachingCases } from '../schema'
import type { ContextSeed } from './steps'

/**
 * Two published teaching cases of the handlers' training material (domain.md "Real cases" 2 and 6),
 * so the learning centre's library and the similar-cases panel have something to show. They come from
 * no complaint of the network and name no customer (the seed-validity test checks every demo
 * customer's name, phone, plate and VIN against their text).
 */
const DEMO_TEACHING_CASES = [
  {
    title: '常用件无库存，被动等待技术支持 A common part out of stock, waiting passively on HQ',
    cause: 'parts_availability',
    partCode: 'X7HL001',
    customerType: 'private',
    communicationStyle: 'analytical',
    mindsets: ['respect', 'compensation'],
    story:
      '前大灯调整一次后仍闪烁。服务站称只能更换大灯总成并需向厂家订货，一周后才告诉客户是技术问题、在等总部支持。' +
      'The headlamp still flickered after one adjustment; the station said only a new assembly would do, ' +
      'then told the customer a week later it awaited HQ technical support.',
    actions:
      '管理层致歉；尽快修复；补偿客户的时间和费用。Management apologised, fixed the car fast and compensated time and cost.',
    lessons:
      '常用件要有库存；到货后主动致电客户；技术支持未答复时要催办，不能被动等待。' +
      'Keep common parts in stock, call the customer when the part arrives, chase technical support instead of waiting.',
  },
  {
    title: '承诺一小时，两小时未开工 Promised one hour, not started after two',
    cause: 'waiting_time',
    partCode: null,
    customerType: 'private',
    communicationStyle: 'driver',
    mindsets: ['venting', 'respect'],
    story:
      '客户预约保养，服务顾问承诺一小时完成，两小时后仍未开工。' +
      'The advisor promised the maintenance in one hour; after two hours it had not started.',
    actions:
      '致歉，减免部分工时费，立即由高级技师开工，并为客户办理 VIP 预约。' +
      'Apologised, waived part of the labour, started at once with a senior technician, offered VIP booking.',
    lessons:
      '只承诺做得到的时间；超时前主动告知客户并给出新的时间。' +
      'Promise only what the workshop can keep; before a promise slips, tell the customer and give a new time.',
  },
] as const

export const seedLearning: ContextSeed = async (tx, network) => {
  const at = new Date(network.now.getTime() - 30 * 86_400_000)
  await tx.insert(teachingCases).values(
    DEMO_TEACHING_CASES.map((c) => ({
      ...c,
      mindsets: [...c.mindsets],
      complaintId: null,
      status: 'published',
      createdBy: 'service@hq',
      createdAt: at,
      updatedAt: at,
      publishedAt: at,
    })),
  )
}
