import type { KnipConfig } from 'knip'

/**
 * Dead code check (`pnpm knip`, run by tooling/scripts/test-all.sh beside biome): an unused file,
 * export, exported type or dependency fails CI. Each workspace names the entry points its package.json
 * scripts and docs do not; the vite, vitest, stryker and typescript plugins add their configs, test
 * files, *.test-fixtures.ts and setup files. Every ignore below says what knip cannot see.
 */
const config: KnipConfig = {
  // pdftotext and pdffonts come from the Debian package poppler-utils (test-all.sh installs it): the
  // PDF tests read downloaded statements and reports with them. They are not npm binaries.
  ignoreBinaries: ['pdftotext', 'pdffonts'],
  ignoreDependencies: [
    // The tsconfigs extend tooling/typescript by relative path, so no import names the package.
    '@asq/tsconfig',
    // tooling/architecture's dependency test spawns node_modules/.bin/depcruise by path, and
    // .dependency-cruiser.cjs names its config type in a JSDoc import: neither is an import knip counts.
    'dependency-cruiser',
  ],
  workspaces: {
    '.': {
      // Read by tooling/architecture's dependency test (depcruise --config .dependency-cruiser.cjs).
      entry: ['.dependency-cruiser.cjs'],
    },
    'apps/server': {
      // The package.json scripts run the cli scripts through tsx.
      entry: ['src/cli/*.ts'],
    },
    bench: {
      // The manual tool bench/README.md and bench/export-memory.md describe (peak RSS of an export).
      entry: ['src/export-memory.ts'],
    },
    e2e: {
      entry: ['src/**/*.e2e.ts'],
      // src/setup/axe.ts hands axe-core's browser bundle to the page by file path (require.resolve
      // of axe-core/axe.min.js), which knip does not count as a use of the package.
      ignoreDependencies: ['axe-core'],
    },
    'packages/domain': {
      // run-mutation.mjs (`pnpm mutation`) and survivors.mjs (docs/testing.md) are run by node.
      entry: ['mutation/*.mjs'],
      // stryker.config.mjs names its options type in a JSDoc import of @stryker-mutator/api, which
      // comes with @stryker-mutator/core.
      ignoreDependencies: ['@stryker-mutator/api'],
    },
    'tooling/vite-config': {
      // element-styles.js resolves element-plus from the app being built (config.root), not from here.
      ignoreDependencies: ['element-plus'],
    },
    'tooling/vitest': {
      // The types of index.js for the TypeScript vitest configs that import the preset.
      entry: ['index.d.ts'],
    },
  },
}

export default config
