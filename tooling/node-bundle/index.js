import { readFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'

/**
 * Bundles a TypeScript entry (its `@asq/*` workspace sources included) into one ES module that plain
 * `node` starts without tsx: tsx transpiles and resolves hundreds of files through loader hooks at
 * every start, which was most of a restart's time. npm packages stay external, imported by absolute
 * path (resolved where the importing source sits, as pnpm's layout wants), and each source's
 * `import.meta.url` keeps pointing at the source file, so paths relative to it (migrations, the apps'
 * dist folders) resolve as before. The bundle therefore runs only inside this checkout.
 * @param {string} entry
 * @param {string} outfile
 */
export async function bundleForNode(entry, outfile) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    plugins: [
      {
        name: 'asq-node-bundle',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, async (args) => {
            if (args.path.startsWith('@asq/') || args.pluginData === 'resolving') return undefined
            if (args.path.startsWith('node:')) return { external: true }
            const r = await b.resolve(args.path, {
              kind: args.kind,
              resolveDir: args.resolveDir,
              pluginData: 'resolving',
            })
            if (r.errors.length > 0) return { errors: r.errors }
            return { path: pathToFileURL(r.path).href, external: true }
          })
          b.onLoad({ filter: /\.ts$/ }, async (args) => {
            const source = await readFile(args.path, 'utf8')
            const here = JSON.stringify(pathToFileURL(args.path).href)
            return { contents: source.replaceAll('import.meta.url', here), loader: 'ts' }
          })
        },
      },
    ],
  })
}
