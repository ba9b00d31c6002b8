import { testDatabases } from '@asq/db/testing'
import { chinaDateTime, toChinaWallClock } from '@asq/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportedFile, exportedXlsxValues } from '../../testing/exported'
import { createHarness, type Harness } from '../../testing/harness'

type Caller = Awaited<ReturnType<Harness['as']>>

const DIRECTOR = [
  '2026-11-16 19:00',
  '北京朝阳服务站',
  '张伟 Zhang Wei',
  '还有什么想告诉我们的吗？',
  '服务总监亲自解释并道歉，态度很好。The service director explained and apologised in person.',
  '否 No',
  '投诉结案',
  '非质量抱怨',
]
const CALLS = [
  '2026-06-19 10:00',
  '上海浦东服务站',
  '王强 Wang Qiang',
  '您希望我们改进什么？',
  '打电话经常没人接，报价也不准。Calls often go unanswered and quotes are not accurate.',
  '是 Yes',
  '调查活动',
  '',
]

describe.each(testDatabases())('survey answer export on $name', (target) => {
  let h: Harness
  let service: Caller
  let shId: string
  beforeAll(async () => {
    h = await createHarness(target)
    service = await h.as(await h.staffToken('service'))
    shId = (await h.repos.organisations.list({ kind: 'dealer' })).find((o) => o.code === 'D-SH01')!.id
  }, 120_000)
  afterAll(() => h.close())

  it('exports the written answers the results page lists, with its filters', async () => {
    const all = await exportedFile(await service.survey.hq.exportComments({ format: 'csv' }))
    expect(all.filename).toBe('survey-answers-2026-11-24.csv')
    expect(all.header).toEqual([
      '答卷时间 Answered',
      '服务站 Station',
      '客户 Customer',
      '问题 Question',
      '回答 Answer',
      '不满意 Dissatisfied',
      '来源 Source',
      '投诉类别 Complaint kind',
    ])
    const { items, total } = await service.survey.hq.comments({ pageSize: 200 })
    expect(all.rows).toHaveLength(total)
    expect(all.rows.map((r) => [r[0], r[4]])).toEqual(items.map((c) => [chinaDateTime(c.answeredAt), c.text]))
    expect(all.rows[0]).toEqual(DIRECTOR)
    expect(all.rows).toContainEqual(CALLS)

    const station = await exportedFile(
      await service.survey.hq.exportComments({ format: 'csv', stationId: shId }),
    )
    expect(station.rows).toEqual([CALLS])
    const fromComplaints = await exportedFile(
      await service.survey.hq.exportComments({ format: 'csv', source: 'complaint' }),
    )
    expect(fromComplaints.rows.map((r) => r[6])).toEqual(fromComplaints.rows.map(() => '投诉结案'))
    expect(fromComplaints.rows).toContainEqual(DIRECTOR)
    const june = await exportedFile(
      await service.survey.hq.exportComments({ format: 'csv', from: '2026-11-01', to: '2026-11-30' }),
    )
    expect(june.rows.map((r) => r[0]!.slice(0, 7))).toEqual(june.rows.map(() => '2026-11'))

    const [, row] = await exportedXlsxValues(
      await service.survey.hq.exportComments({ format: 'xlsx', stationId: shId }),
    )
    const answered = items.find((c) => c.customerName === '王强 Wang Qiang')!.answeredAt
    expect(row).toEqual([toChinaWallClock(answered), ...CALLS.slice(1, 7)])
  })
})
