import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const PACKAGE = '@element-plus/icons-vue'
const INDEX = '\0asq-icons'
const ICON = '\0asq-icon:'

/** Cuts the package's one file into `{ exports, icons }`, or null if it is not the shape this expects. */
function split(code) {
  const sections = code.split(/^\/\/ src\/components\/(.+)\.vue$/m)
  const icons = new Map()
  const fileOf = new Map()
  for (let i = 1; i < sections.length; i += 2) {
    const body = sections[i + 1].replace(/^export \{[\s\S]*$/m, '')
    const m = /,\s*(\w+_default) = (_sfc_main\d*);\s*$/.exec(body)
    if (!m) return null
    icons.set(sections[i], `${body.slice(0, m.index)};\nexport default ${m[2]};\n`)
    fileOf.set(m[1], sections[i])
  }
  const list = /^export \{([\s\S]*?)\};/m.exec(code)
  if (!list || icons.size === 0) return null
  const lines = []
  for (const part of list[1].split(',')) {
    const [local, exported] = part.trim().split(/\s+as\s+/)
    if (!local) continue
    if (!fileOf.has(local)) return null
    lines.push(`export { default as ${exported ?? local} } from '${ICON}${fileOf.get(local)}';`)
  }
  return { exports: lines.join('\n'), icons }
}

/**
 * `@element-plus/icons-vue` ships its icons as one module, so every icon any page draws lands in the
 * chunk of the first screen. This serves that file as one small module per icon (its sections are
 * `// src/components/<name>.vue`, each with its own imports, ending `x_default = _sfc_mainN`), so an
 * icon travels with the pages that draw it. Should the file change shape, the package is used as it is.
 * @returns {import('vite').Plugin}
 */
export function splitIcons() {
  let parts = null
  return {
    name: 'asq-split-icons',
    enforce: 'pre',
    configResolved(config) {
      try {
        const require = createRequire(join(config.root, 'package.json'))
        const dir = dirname(require.resolve(`${PACKAGE}/package.json`))
        parts = split(readFileSync(join(dir, 'dist', 'index.js'), 'utf8'))
      } catch {
        parts = null
      }
    },
    resolveId(source) {
      if (!parts) return null
      if (source === PACKAGE) return INDEX
      return source.startsWith(ICON) ? source : null
    },
    load(id) {
      if (!parts) return null
      if (id === INDEX) return parts.exports
      return id.startsWith(ICON) ? (parts.icons.get(id.slice(ICON.length)) ?? null) : null
    },
  }
}
