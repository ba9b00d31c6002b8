import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const html = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The screenshot gallery (e2e/artifacts/index.html, linked from the README): every PNG the browser tests
 * wrote, grouped by the story that took it (the file name's first word), so a reviewer can look at every
 * screen of every app at 1440 and 390 px on one page.
 */
export function writeGallery(dir: string): void {
  if (!existsSync(dir)) return
  const shots = readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort()
  const groups = new Map<string, string[]>()
  for (const f of shots) {
    const story = f.split(/[-.]/)[0]!
    groups.set(story, [...(groups.get(story) ?? []), f])
  }
  const sections = [...groups]
    .map(
      ([story, files]) =>
        `<h2>${html(story)} <small>(${files.length})</small></h2><div class="grid">${files
          .map(
            (f) =>
              `<figure><a href="${encodeURI(f)}"><img loading="lazy" src="${encodeURI(f)}" alt="${html(f)}"></a><figcaption>${html(f.replace(/\.png$/, ''))}</figcaption></figure>`,
          )
          .join('')}</div>`,
    )
    .join('\n')
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>截图 Screenshots (${shots.length})</title>
<style>body{font:14px system-ui,sans-serif;margin:24px}h2{margin-top:32px}.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:16px}
figure{margin:0;border:1px solid #ddd;border-radius:6px;padding:8px;background:#fafafa}img{width:100%;height:200px;object-fit:cover;object-position:top}figcaption{font-size:12px;word-break:break-all}</style>
<h1>截图 Screenshots <small>${shots.length}</small></h1><p>Written by the browser tests (<code>pnpm test</code>); each links to its full-size image.</p>
${sections}</html>\n`,
  )
}
