import { addDays, chinaDate, liaisonNumber, liaisonYear } from '@asq/domain'
import { eq } from 'drizzle-orm'
import { liaisonRepository } from '../repositories/improvement/liaison.repository'
import { complaints } from '../schema'
import type { ContextSeed, DemoNetwork } from './steps'

const D = 86_400_000

/** The demo letters: what the stations wrote, and (for the first) HQ quality's answer. */
const DEMO_LIAISON_LETTERS = [
  {
    station: 'D-BJ01',
    by: 'bj.staff@dealer',
    story: 'headlamp-flicker',
    partCode: 'X7HL001',
    partName: 'LED前大灯总成',
    extraVins: [] as string[],
    symptoms:
      '本月保养时发现 3 台 X7 的 LED 前大灯在雨后内部起雾，其中 1 台伴有闪烁；尚无客户投诉。灯壳密封圈有压痕，疑似同批次装配问题。',
    vehiclesAffected: 3,
    firstSeenDaysAgo: 12,
    sentDaysAgo: 10,
    answer:
      '已收到。与 8D 在查的 HL-2509-B 批次一致，请对同批次车辆检查密封圈并拍照上报，暂不更换总成；如出现闪烁按保修更换并回收旧件。',
    answeredDaysAgo: 8,
  },
  {
    station: 'D-SH01',
    by: 'sh.manager@dealer',
    story: 'blower-motor-quote',
    partCode: 'H5BM001',
    partName: '鼓风机总成',
    extraVins: [] as string[],
    symptoms: '两台 H5 的鼓风机在 2 档以上有明显啸叫，低温启动时更明显；客户尚未投诉，已记录在维修日报。',
    vehiclesAffected: 2,
    firstSeenDaysAgo: 4,
    sentDaysAgo: 2,
    answer: null,
    answeredDaysAgo: 0,
  },
] as const

/** Two quality liaison letters: one answered (linked to the headlamp complaint), one waiting for HQ. */
export const seedLiaison: ContextSeed = async (tx, n: DemoNetwork) => {
  const repo = liaisonRepository(tx)
  for (const [i, l] of DEMO_LIAISON_LETTERS.entries()) {
    const customer = n.customers.find((c) => c.story === l.story)!
    const sentAt = new Date(n.now.getTime() - l.sentDaysAgo * D)
    const year = liaisonYear(sentAt)
    const letter = (await repo.create({
      number: liaisonNumber(year, await repo.nextSequence(year)),
      stationId: n.orgIdByCode[l.station]!,
      partCode: l.partCode,
      partName: l.partName,
      vins: [customer.vin, ...l.extraVins],
      symptoms: l.symptoms,
      vehiclesAffected: l.vehiclesAffected,
      firstSeenOn: addDays(chinaDate(n.now), -l.firstSeenDaysAgo),
      submittedBy: l.by,
      submittedAt: sentAt,
      clientRequestId: `00000000-0000-4000-8000-0000000011${String(i).padStart(2, '0')}`,
    }))!
    if (!l.answer) continue
    const answeredAt = new Date(n.now.getTime() - l.answeredDaysAgo * D)
    await repo.update(
      letter.id,
      letter.version,
      { state: 'answered', answer: l.answer, answeredBy: 'quality@hq', answeredAt },
      answeredAt,
    )
    const [complaint] = await tx
      .select({ id: complaints.id })
      .from(complaints)
      .where(eq(complaints.customerId, customer.id))
      .limit(1)
    if (complaint) await repo.link(letter.id, 'complaint', complaint.id, 'quality@hq', answeredAt)
  }
}
