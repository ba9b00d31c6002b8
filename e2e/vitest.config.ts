import { defineConfig } from 'vitest/config'

// Browser tests share one server and one chromium; files run one after another.
export default defineConfig({
  test: {
    include: ['src/**/*.e2e.ts'],
    globalSetup: ['src/setup/global-setup.ts'],
    // axe-core (WCAG 2 A/AA) on every page each test leaves open; see src/setup/a11y-pages.ts.
    setupFiles: ['src/setup/a11y-hooks.ts'],
    hookTimeout: 180_000,
    // Every screen is also checked with axe (a few seconds each on a shared machine).
    testTimeout: 240_000,
    fileParallelism: false,
  },
})
