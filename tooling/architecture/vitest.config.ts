import { fileURLToPath } from 'node:url'
import { vitestPreset } from '@asq/vitest-config'
import { mergeConfig } from 'vitest/config'

// The key check imports the apps' message modules; those take their shared words from `@asq/ui`, whose
// index also holds .vue components. Here it resolves to the words alone (`@asq/ui/messages`).
export default mergeConfig(vitestPreset(), {
  resolve: {
    alias: { '@asq/ui': fileURLToPath(new URL('../../packages/ui/src/messages.ts', import.meta.url)) },
  },
})
