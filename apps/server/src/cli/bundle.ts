import { fileURLToPath } from 'node:url'
import { bundleForNode } from '@asq/node-bundle'

/** `pnpm build`: the server as one ES module (dist/main.mjs) that `pnpm start` runs with plain node. */
const dir = (p: string) => fileURLToPath(new URL(p, import.meta.url))
await bundleForNode(dir('../main.ts'), dir('../../dist/main.mjs'))
