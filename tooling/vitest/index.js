import { defineConfig } from 'vitest/config'

/**
 * Shared vitest preset (plain JS so config loaders need no TS step). A fresh PGlite takes seconds to
 * boot and hundreds of MB, so test files share one per file and hooks get a generous timeout.
 * @param {{ include?: string[]; exclude?: string[] }} [extra]
 */
export function vitestPreset(extra = {}) {
  // Race tests (`*.pg.test.ts`) prove something only on PostgreSQL: PGlite serves one connection at a
  // time. Without TEST_DATABASE_URL they are left out of the run (CI always sets it).
  const pgOnly = process.env.TEST_DATABASE_URL ? [] : ['**/*.pg.test.ts']
  if (pgOnly.length)
    console.log('note: TEST_DATABASE_URL is not set; PostgreSQL race tests (*.pg.test.ts) are not run')
  return defineConfig({
    test: {
      include: extra.include ?? ['src/**/*.test.ts'],
      exclude: ['**/node_modules/**', '**/dist/**', ...pgOnly, ...(extra.exclude ?? [])],
      hookTimeout: 120_000,
      testTimeout: 60_000,
      pool: 'forks',
      maxWorkers: 2,
    },
  })
}
