import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** `import { ElButton, ElMessage as Msg, type X } from 'element-plus'` — the names inside the braces. */
const IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"]element-plus['"]/g

/** ElTableColumn → table-column, vLoading → loading: the folder of its style in element-plus/es/components. */
const folderOf = (name) =>
  name
    .replace(/^(El|v)(?=[A-Z])/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()

/**
 * Element Plus CSS per component: every module that imports `ElX` from 'element-plus' also imports that
 * component's stylesheet (which brings its base variables and the styles of the parts it is made of),
 * so an app ships only the CSS of what it uses instead of the whole 363 KB sheet. The apps and
 * packages/ui import Element Plus by name everywhere, never globally, which is what makes this work.
 * @returns {import('vite').Plugin}
 */
export function elementPlusStyles() {
  let components = ''
  return {
    name: 'asq-element-plus-styles',
    enforce: 'post',
    configResolved(config) {
      const require = createRequire(join(config.root, 'package.json'))
      components = join(dirname(require.resolve('element-plus/package.json')), 'es', 'components')
    },
    transform(code, id) {
      const file = id.split('?')[0]
      if (
        file.includes('/node_modules/') ||
        !/\.(?:vue|ts|tsx|js|mjs)$/.test(file) ||
        !code.includes('element-plus')
      )
        return null
      const styles = new Set()
      for (const m of code.matchAll(IMPORT)) {
        for (const part of m[1].split(',')) {
          const name = part
            .trim()
            .replace(/^type\s+/, '')
            .split(/\s+as\s+/)[0]
          if (!/^(El|v)[A-Z]/.test(name)) continue
          const folder = folderOf(name)
          if (existsSync(join(components, folder, 'style', 'css.mjs'))) styles.add(folder)
        }
      }
      if (styles.size === 0) return null
      const imports = [...styles].map((f) => `import 'element-plus/es/components/${f}/style/css';`).join('')
      return { code: `${imports}\n${code}`, map: null }
    },
  }
}
