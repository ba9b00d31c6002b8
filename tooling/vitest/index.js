import { defineConfig } from 'vitest/config'

/**
 * Shared vitest preset (plain JS so config loaders need no TS step). A fresh PGlite takes seconds to
 * boot and hundreds of MB, so test files share one per file and hooks get a generous timeout.
 * @param {{ include?: string[]; exclude?: string[] }} [extra]
 */
export function vitestPreset(extra = {}) {
  return defineConfig({
    test: {
      include: extra.include ?? ['src/**/*.test.ts'],
      exclude: ['**/node_modules/**', '**/dist/**', ...(extra.exclude ?? [])],
      hookTimeout: 120_000,
      testTimeout: 60_000,
      pool: 'forks',
      maxWorkers: 2,
    },
  })
}
