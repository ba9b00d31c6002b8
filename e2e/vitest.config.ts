import { defineConfig } from 'vitest/config'

// Browser tests share one server and one chromium; files run one after another.
export default defineConfig({
  test: {
    include: ['src/**/*.e2e.ts'],
    globalSetup: ['src/setup/global-setup.ts'],
    hookTimeout: 180_000,
    testTimeout: 120_000,
    fileParallelism: false,
  },
})
