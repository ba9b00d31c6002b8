import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Hono } from 'hono'

/** URL prefix → the app package whose built `dist/` is served there. */
const APPS = {
  admin: 'admin',
  portal: 'customer-portal',
  supplier: 'supplier-portal',
  dealer: 'dealer-portal',
} as const

const IMMUTABLE = 'public, max-age=31536000, immutable'

const builtDist = (pkg: string) => fileURLToPath(new URL(`../../${pkg}/dist`, import.meta.url))

/**
 * Serves each built app under its prefix, with index.html for any unknown path inside it so that
 * client-side routes survive a reload. A missing build answers 503 with a hint instead of a blank 404.
 * The build writes brotli and gzip copies beside each file (tooling/vite-config/precompress.js); a
 * browser that accepts one gets it, with `Vary: Accept-Encoding`. `distOf` is for tests.
 */
export function mountStaticApps(app: Hono, distOf: (pkg: string) => string = builtDist): void {
  for (const [prefix, pkg] of Object.entries(APPS)) {
    const root = distOf(pkg)
    app.get(`/${prefix}`, (c) => c.redirect(`/${prefix}/`))
    // Hashed assets never change; index.html must always be revalidated. Set after the file is found
    // (serveStatic's onFound runs once the response exists, too late for a header).
    app.use(`/${prefix}/*`, async (c, next) => {
      await next()
      if (c.res.ok)
        c.res.headers.set(
          'Cache-Control',
          c.req.path.startsWith(`/${prefix}/assets/`) ? IMMUTABLE : 'no-cache',
        )
    })
    app.use(
      `/${prefix}/*`,
      serveStatic({ root, rewriteRequestPath: (p) => p.slice(prefix.length + 1), precompressed: true }),
    )
    app.get(`/${prefix}/*`, (c) => {
      const index = `${root}/index.html`
      if (!existsSync(index)) return c.text(`The ${pkg} app is not built: run "pnpm build".`, 503)
      return c.html(readFileSync(index, 'utf8'))
    })
  }
  app.get('/', (c) =>
    c.html(
      `<!doctype html><meta charset="utf-8"><title>售后质量平台 After-sales quality</title>
<body style="font-family:sans-serif;max-width:40rem;margin:4rem auto;line-height:1.8">
<h1>售后质量平台 <small>After-sales quality platform</small></h1><ul>
<li><a href="/admin/">总部管理后台 HQ admin</a></li><li><a href="/dealer/">服务站 Dealer / service station</a></li>
<li><a href="/supplier/">供应商 8D Supplier portal</a></li><li><a href="/portal/">客户服务 Customer portal</a></li></ul></body>`,
    ),
  )
}
