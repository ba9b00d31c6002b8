// Mutation testing of the domain (StrykerJS 9.x; 10.x needs Node 22). Run through
// `node mutation/run-mutation.mjs [context…]` (`pnpm mutation`), which runs one context at a time with
// its own incremental file, so a run after a small change re-tests only the mutants it touches.
// One context per run (MUTATION_CONTEXT, set by the runner), each with its own incremental file.
const context = process.env.MUTATION_CONTEXT ?? '*'
const slug = context === '*' ? 'all' : context

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner', './mutation/error-message.ignorer.mjs'],
  vitest: { configFile: 'vitest.config.ts' },
  coverageAnalysis: 'perTest',
  // The one stated exclusion: the text of error messages (see the ignorer for exactly what counts).
  ignorers: ['error-messages'],
  mutate: [`src/${context}/**/*.ts`, '!src/**/*.test.ts', '!src/**/*.test-fixtures.ts', '!src/**/index.ts'],
  incremental: true,
  incrementalFile: `mutation/incremental/${slug}.json`,
  // 2 cores shared with the rest of the machine: never more than 2 workers.
  concurrency: 2,
  timeoutMS: 20_000,
  // The first (dry) run of a context like shared runs nearly every domain test with coverage; on a
  // loaded machine that passed Stryker's 5-minute default and failed the run.
  dryRunTimeoutMinutes: 20,
  reporters: ['json', 'clear-text', 'progress-append-only'],
  jsonReporter: { fileName: `reports/mutation/${slug}.json` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
}
