import { randomUUID } from 'node:crypto'
import { testDatabases } from '@asq/db/testing'
import { MAX_UPLOAD_BYTES } from '@asq/domain'
import { beforeAll, describe, expect, it } from 'vitest'
import { useServedHarness } from '../testing/serve-harness'

/**
 * Issue 11, suite 6 — files over HTTP, as a browser or an attacker sends them: content sniffing,
 * size, download with Content-Disposition and nosniff, only to allowed users, ownership never shared.
 */
const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const png = (tag: number, size = 16) => {
  const b = Buffer.alloc(size, tag)
  b.set(PNG_HEAD)
  return b
}
const FILENAME = '大灯 photo "1".png'

type Answer = { status: number; body: unknown }
type ErrorData = { data?: { domainCode?: string } }
/** The domain code of a refusal, from /trpc (superjson envelope) or /uploads (plain JSON). */
const domainCode = (a: Answer) => {
  const error = (a.body as { error?: ErrorData & { json?: ErrorData } }).error
  return error?.json?.data?.domainCode ?? error?.data?.domainCode
}
const result = <T>(a: Answer) => (a.body as { result: { data: { json: T } } }).result.data.json

describe.each(testDatabases())('files over HTTP on $name', (target) => {
  const s = useServedHarness(target)
  const cookie: Record<'customer' | 'station' | 'otherStation' | 'supplier', string> = {} as never
  let complaintId: string

  const as = (who: keyof typeof cookie) => ({ cookie: `asq_session=${cookie[who]}` })
  const call = (who: keyof typeof cookie, path: string, input: unknown) =>
    s.api.post([path], [input], as(who))
  /** As the apps send a file: multipart to /uploads, then the token to the attach mutation. */
  const upload = async (who: 'customer' | 'station', content: Buffer, filename = FILENAME) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(content)]), filename)
    const res = await fetch(`${s.api.url}/uploads`, {
      method: 'POST',
      headers: { origin: s.api.url, ...as(who) },
      body: form,
    })
    const sent: Answer = { status: res.status, body: await res.json() }
    if (res.status !== 201) return sent
    return call(who, who === 'customer' ? 'complaint.my.upload' : 'complaint.station.upload', {
      complaintId,
      uploadId: (sent.body as { id: string }).id,
    })
  }
  const download = (path: string, id: string, headers: Record<string, string> = {}) =>
    fetch(`${s.api.url}/files/${path}?id=${id}`, { headers })
  const attachments = async () => (await s.h.repos.complaintAttachments.list(complaintId)).length

  beforeAll(async () => {
    const { h } = s
    cookie.customer = await h.customerToken('13800000002')
    cookie.station = await h.staffToken('bj.staff')
    cookie.otherStation = await h.staffToken('sh.manager')
    cookie.supplier = await h.staffToken('lamp.supplier')
    const stationId = (await h.repos.organisations.list({ kind: 'dealer' })).find(
      (o) => o.code === 'D-BJ01',
    )!.id
    const filed = await call('customer', 'complaint.my.file', {
      clientRequestId: randomUUID(),
      cause: 'repair_quality',
      stationId,
      summary: '文件 files',
      description: 'suite 6',
    })
    complaintId = result<{ id: string }>(filed).id
  })

  it('judges the type by the content, never by the name: an executable or a page named .png is refused, nothing stored', async () => {
    const before = await attachments()
    for (const bytes of [
      Buffer.from('MZ\x90\x00 this is a program'),
      Buffer.from('<html><script>alert(1)</script>'),
    ]) {
      const a = await upload('customer', bytes, 'photo.png')
      expect(a.status).toBe(400)
      expect(domainCode(a)).toBe('FILE.TYPE')
    }
    expect(await attachments()).toBe(before)
  })

  it('refuses a file over 5 MB (typed 413) and a body far over the limit (413 before reading), nothing stored', async () => {
    const before = await attachments()
    const over = await upload('customer', png(1, MAX_UPLOAD_BYTES + 1))
    expect(over.status).toBe(413)
    expect(domainCode(over)).toBe('FILE.TOO_LARGE')
    const huge = await fetch(`${s.api.url}/trpc/complaint.my.upload`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: s.api.url, ...as('customer') },
      body: JSON.stringify({
        json: { complaintId, filename: 'x.png', contentBase64: 'A'.repeat(9_000_000) },
      }),
    })
    expect(huge.status).toBe(413)
    expect(await attachments()).toBe(before)
  })

  it('serves a file as an attachment with its sniffed type, its UTF-8 name and nosniff', async () => {
    const bytes = png(2)
    const up = await upload('customer', bytes)
    expect(up.status).toBe(200)
    const { id } = result<{ id: string }>(up)
    const res = await download('complaint.my.attachment', id, as('customer'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="__ photo _1_.png"; filename*=UTF-8''${encodeURIComponent(FILENAME)}`,
    )
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true)
    // The station handling the case reads it too.
    expect((await download('complaint.station.attachment', id, as('station'))).status).toBe(200)
  })

  it('serves a file only to allowed users: signed out 401, wrong role 403, another station or a foreign site refused', async () => {
    const { id } = result<{ id: string }>(await upload('customer', png(3)))
    const cases: [string, Record<string, string>, number][] = [
      ['complaint.my.attachment', {}, 401],
      ['complaint.station.attachment', as('supplier'), 403],
      ['complaint.station.attachment', as('otherStation'), 404],
      ['complaint.desk.attachment', as('station'), 403],
      ['complaint.my.upload', as('customer'), 404],
      ['complaint.my.attachment', { ...as('customer'), origin: 'https://evil.example' }, 403],
    ]
    const got = []
    for (const [path, headers] of cases) got.push((await download(path, id, headers)).status)
    expect(got).toEqual(cases.map((c) => c[2]))
    const served = got.filter((g) => g === 200).length
    console.log(
      `[figure] files served to a caller not allowed to read them: ${served} of ${cases.length} (${target.name})`,
    )
    expect((await download('complaint.my.attachment', 'not-a-uuid', as('customer'))).status).toBe(400)
  })

  it("never shares ownership: a station sending the customer's exact bytes gets its own file, the customer never the station's", async () => {
    const bytes = png(4)
    const mine = result<{ id: string }>(await upload('customer', bytes, 'mine.png'))
    const theirs = result<{ id: string }>(await upload('station', bytes, 'station.png'))
    expect(theirs.id).not.toBe(mine.id)
    const asStation = await download('complaint.station.attachment', theirs.id, as('station'))
    expect(asStation.headers.get('content-disposition')).toContain('station.png')
    expect((await download('complaint.my.attachment', theirs.id, as('customer'))).status).toBe(404)
    const mineBack = await download('complaint.my.attachment', mine.id, as('customer'))
    expect(mineBack.headers.get('content-disposition')).toContain('mine.png')
  })
})
