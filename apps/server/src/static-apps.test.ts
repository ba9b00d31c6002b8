import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib'
import { Hono } from 'hono'
import { afterAll, describe, expect, it } from 'vitest'
import { mountStaticApps } from './static-apps'

// A built app as the Vite preset leaves it: hashed assets with .br and .gz copies beside them.
const root = mkdtempSync(join(tmpdir(), 'asq-static-'))
const JS = `console.log(${JSON.stringify('客户服务 '.repeat(400))})`
for (const pkg of ['admin', 'customer-portal', 'supplier-portal', 'dealer-portal']) {
  mkdirSync(join(root, pkg, 'assets'), { recursive: true })
  writeFileSync(join(root, pkg, 'index.html'), '<!doctype html><title>app</title>')
  const asset = join(root, pkg, 'assets', 'index-abc123.js')
  writeFileSync(asset, JS)
  writeFileSync(`${asset}.br`, brotliCompressSync(JS))
  writeFileSync(`${asset}.gz`, gzipSync(JS))
}
afterAll(() => rmSync(root, { recursive: true, force: true }))

const app = new Hono()
mountStaticApps(app, (pkg) => join(root, pkg))
const get = (path: string, encoding?: string) =>
  app.request(path, { headers: encoding ? { 'accept-encoding': encoding } : {} })

describe('the built apps are served precompressed, hashed assets cached for a year', () => {
  it('sends the brotli copy to a browser that accepts br, and it decodes to the file', async () => {
    const res = await get('/portal/assets/index-abc123.js', 'gzip, deflate, br')
    expect(res.headers.get('content-encoding')).toBe('br')
    expect(res.headers.get('vary')).toContain('Accept-Encoding')
    expect(res.headers.get('content-type')).toContain('javascript')
    expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(JS)
  })

  it('sends gzip when br is not accepted, and the file itself when nothing is', async () => {
    expect((await get('/admin/assets/index-abc123.js', 'gzip')).headers.get('content-encoding')).toBe('gzip')
    const plain = await get('/admin/assets/index-abc123.js')
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(await plain.text()).toBe(JS)
  })

  it('caches hashed assets for a year and makes index.html revalidate', async () => {
    expect((await get('/dealer/assets/index-abc123.js', 'br')).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    )
    expect((await get('/dealer/')).headers.get('cache-control')).toBe('no-cache')
    expect((await get('/dealer/complaints/CP-1')).headers.get('cache-control')).toBe('no-cache')
  })
})
