import { randomUUID } from 'node:crypto'
import { testDatabases } from '@asq/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../testing/harness'

/** A PNG whose bytes end in `tag`, so each test has bytes of its own. */
const png = (tag: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, tag])

/** Issue 11, hole 10: identical bytes never merge ownership or visibility across uploaders. */
describe.each(testDatabases())('attachments per uploader on $name', (target) => {
  type Caller = Awaited<ReturnType<Harness['as']>>
  let h: Harness
  let customer: Caller
  let station: Caller
  const tokens = { customer: '', station: '' }
  let complaintId: string

  beforeAll(async () => {
    h = await createHarness(target, new Date('2026-11-23T01:00:00Z'))
    tokens.customer = await h.customerToken('13800000002')
    tokens.station = await h.staffToken('bj.staff')
    customer = await h.as(tokens.customer)
    station = await h.as(tokens.station)
    const stationId = (await h.repos.organisations.list({ kind: 'dealer' })).find(
      (o) => o.code === 'D-BJ01',
    )!.id
    complaintId = (
      await customer.complaint.my.file({
        clientRequestId: randomUUID(),
        cause: 'repair_quality',
        stationId,
        summary: '附件 attachments',
        description: 'photos',
      })
    ).id
  })
  afterAll(() => h.close())

  const customerSees = async () =>
    (await customer.complaint.my.get({ id: complaintId })).attachments.map((a) => a.id)

  it.each([
    ["a station uploading the customer's exact bytes", 'customer', 1],
    ["a customer uploading a station's internal evidence bytes", 'station', 2],
  ] as const)('gives %s an attachment of its own', async (_, first, tag) => {
    const upload = async (who: 'customer' | 'station') => {
      const input = { complaintId, uploadId: await h.upload(tokens[who], png(tag), `${who}.png`) }
      return who === 'customer'
        ? customer.complaint.my.upload(input)
        : station.complaint.station.upload(input)
    }
    const earlier = await upload(first)
    const later = await upload(first === 'customer' ? 'station' : 'customer')
    expect(later.id).not.toBe(earlier.id)
    const [mine, stations] = first === 'customer' ? [earlier, later] : [later, earlier]
    expect(mine.filename).toBe('customer.png')
    expect(stations.filename).toBe('station.png')
    expect((await h.repos.complaintAttachments.content(mine.id))!.uploadedBy).toMatch(/^customer:/)
    expect((await h.repos.complaintAttachments.content(stations.id))!.uploadedBy).toMatch(/@dealer$/)
    // The customer sees and reads their own upload, never the station's.
    expect(await customerSees()).toContain(mine.id)
    expect(await customerSees()).not.toContain(stations.id)
    expect((await customer.complaint.my.attachment({ id: mine.id })).filename).toBe('customer.png')
    await expect(customer.complaint.my.attachment({ id: stations.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    expect((await station.complaint.station.attachment({ id: stations.id })).filename).toBe('station.png')
  })

  it('stores the same file sent twice by one uploader once', async () => {
    const a = await customer.complaint.my.upload({
      complaintId,
      uploadId: await h.upload(tokens.customer, png(3), 'again.png'),
    })
    const b = await customer.complaint.my.upload({
      complaintId,
      uploadId: await h.upload(tokens.customer, png(3), 'again.png'),
    })
    expect(b.id).toBe(a.id)
  })

  it('answers a retry with a used token with the same attachment, and takes no one else’s token', async () => {
    const uploadId = await h.upload(tokens.customer, png(4), 'retry.png')
    const a = await customer.complaint.my.upload({ complaintId, uploadId })
    expect(await customer.complaint.my.upload({ complaintId, uploadId })).toEqual(a)
    const stations = await h.upload(tokens.station, png(5), 'station.png')
    await expect(customer.complaint.my.upload({ complaintId, uploadId: stations })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    // The station's token is still unused: its owner attaches it.
    expect((await station.complaint.station.upload({ complaintId, uploadId: stations })).filename).toBe(
      'station.png',
    )
  })
})
