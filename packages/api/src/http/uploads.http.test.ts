import { randomUUID } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { directoryFileStore, sql } from '@asq/db'
import { testDatabases } from '@asq/db/testing'
import { MAX_UPLOAD_BYTES } from '@asq/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../testing/harness'
import { serveHarness } from '../testing/serve-harness'

/**
 * Issue 11, hole 3: files are streamed as multipart to `POST /uploads` into the file store (here the
 * embedded mode's directory store), never carried as base64 inside JSON; the limit holds while
 * streaming; a token is its uploader's alone; the server answers other requests meanwhile.
 */
const BOUNDARY = 'asq-test-boundary'
const photo = (size: number) => {
  const b = Buffer.alloc(size, 7)
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return b
}
const partHead = (filename: string) =>
  Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: image/png\r\n\r\n`,
  )
const partTail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`)

describe.each(testDatabases())('uploads over HTTP on $name', (target) => {
  let h: Harness
  let api: Awaited<ReturnType<typeof serveHarness>>
  const dir = mkdtempSync(join(tmpdir(), 'asq-files-'))
  const cookie = { customer: '', station: '' }
  let complaintId: string

  beforeAll(async () => {
    h = await createHarness(target)
    h.deps.files = directoryFileStore(dir)
    api = await serveHarness(h)
    cookie.customer = `asq_session=${await h.customerToken('13800000002')}`
    cookie.station = `asq_session=${await h.staffToken('bj.staff')}`
    const stationId = (await h.repos.organisations.list({ kind: 'dealer' })).find(
      (o) => o.code === 'D-BJ01',
    )!.id
    const filed = await api.post(
      ['complaint.my.file'],
      [
        {
          clientRequestId: randomUUID(),
          cause: 'repair_quality',
          stationId,
          summary: '上传',
          description: 'x',
        },
      ],
      { cookie: cookie.customer },
    )
    complaintId = (filed.body as { result: { data: { json: { id: string } } } }).result.data.json.id
  })
  afterAll(async () => {
    await api.close()
    await h.close()
    rmSync(dir, { recursive: true, force: true })
  })

  /** A multipart body sent as a stream (no Content-Length): `gate` holds it after its first MB. */
  const send = (who: keyof typeof cookie, bytes: Buffer, gate: Promise<void> = Promise.resolve()) => {
    const chunks = [partHead('photo.png'), bytes.subarray(0, 1 << 20), bytes.subarray(1 << 20), partTail]
    let i = 0
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (i === 2) await gate
        if (i < chunks.length) controller.enqueue(new Uint8Array(chunks[i++]!))
        else controller.close()
      },
    })
    return fetch(`${api.url}/uploads`, {
      method: 'POST',
      headers: {
        origin: api.url,
        cookie: cookie[who],
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
      },
      body,
      duplex: 'half',
    } as RequestInit)
  }
  const storedFiles = () =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name)
  const uploadRows = async () =>
    (
      (await h.db.execute(sql`select count(*)::int as n from uploads`)) as unknown as {
        rows: { n: number }[]
      }
    ).rows[0]!.n
  const attach = (who: keyof typeof cookie, uploadId: string) =>
    api.post(
      [who === 'customer' ? 'complaint.my.upload' : 'complaint.station.upload'],
      [{ complaintId, uploadId }],
      {
        cookie: cookie[who],
      },
    )

  it('stores a 5 MB photo sent as multipart in the file store; the attach call carries only its token', async () => {
    const bytes = photo(MAX_UPLOAD_BYTES)
    const res = await send('customer', bytes)
    expect(res.status).toBe(201)
    const up = (await res.json()) as { id: string; filename: string; mime: string; size: number }
    expect(up).toMatchObject({ filename: 'photo.png', mime: 'image/png', size: MAX_UPLOAD_BYTES })
    const [sha256] = storedFiles()
    expect(readFileSync(join(dir, sha256!.slice(0, 2), sha256!)).equals(bytes)).toBe(true)
    const attached = await attach('customer', up.id)
    expect(attached.status).toBe(200)
    const id = (attached.body as { result: { data: { json: { id: string } } } }).result.data.json.id
    // Not in the database row: the bytes are only in the store.
    expect((await h.repos.complaintAttachments.content(id))!.content).toBeNull()
    const back = await fetch(`${api.url}/files/complaint.my.attachment?id=${id}`, {
      headers: { cookie: cookie.customer },
    })
    expect(Buffer.from(await back.arrayBuffer()).equals(bytes)).toBe(true)
  })

  it('refuses a 6 MB stream with 413 once it passes 5 MB, leaving no file and no token', async () => {
    const files = storedFiles().length
    const rows = await uploadRows()
    const res = await send('customer', photo(6 * 1024 * 1024))
    expect(res.status).toBe(413)
    expect(((await res.json()) as { error: { data: { domainCode: string } } }).error.data.domainCode).toBe(
      'FILE.TOO_LARGE',
    )
    expect(storedFiles().length).toBe(files)
    expect(await uploadRows()).toBe(rows)
  })

  it("answers NOT_FOUND for another user's token, which stays usable by its owner", async () => {
    const res = await send('station', photo(1000))
    const { id } = (await res.json()) as { id: string }
    expect((await attach('customer', id)).status).toBe(404)
    expect((await attach('station', id)).status).toBe(200)
  })

  it('refuses uploads signed out (401) and from another site (403)', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(photo(100))]), 'x.png')
    const signedOut = await fetch(`${api.url}/uploads`, {
      method: 'POST',
      headers: { origin: api.url },
      body: form,
    })
    expect(signedOut.status).toBe(401)
    const foreign = await fetch(`${api.url}/uploads`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', cookie: cookie.customer },
      body: form,
    })
    expect(foreign.status).toBe(403)
  })

  it('answers /healthz while an upload is in flight', async () => {
    let release!: () => void
    const gate = new Promise<void>((r) => {
      release = r
    })
    let uploadDone = false
    const upload = send('customer', photo(3 * 1024 * 1024), gate).then((r) => {
      uploadDone = true
      return r
    })
    const health = await fetch(`${api.url}/healthz`)
    expect(health.status).toBe(200)
    // The upload cannot have finished: the rest of its body is still held back.
    expect(uploadDone).toBe(false)
    release()
    expect((await upload).status).toBe(201)
  })
})
