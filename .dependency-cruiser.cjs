/**
 * The import rules of shared/style.md, enforced over every import form (static, `export … from`,
 * dynamic `import()`, type-only) by dependency-cruiser. Checked by tooling/architecture's test, which
 * runs in `pnpm test`; run by hand with `pnpm --filter @asq/architecture exec depcruise`.
 */
const TEST = '\\.(test|test-fixtures|pg\\.test|e2e)\\.ts$'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-imports-only-zod',
      comment: 'The domain is pure: its code imports zod and its own files, nothing else.',
      severity: 'error',
      from: { path: '^packages/domain/src/', pathNot: TEST },
      to: {
        pathNot: ['^packages/domain/src/', '(^|/)node_modules/zod/'],
      },
    },
    {
      name: 'domain-tests-import-only-test-tools',
      comment: 'Domain tests may add vitest and fast-check, nothing with I/O.',
      severity: 'error',
      from: { path: `^packages/domain/src/.*${TEST}` },
      to: {
        pathNot: ['^packages/domain/src/', '(^|/)node_modules/(zod|vitest|@vitest|fast-check)/'],
      },
    },
    {
      name: 'contexts-meet-through-their-index',
      comment:
        'A bounded context reaches another only through its index.ts (its public face); shared/ is the common kernel.',
      severity: 'error',
      from: { path: '^packages/domain/src/([^/]+)/', pathNot: TEST },
      to: {
        path: '^packages/domain/src/([^/]+)/',
        pathNot: [
          '^packages/domain/src/$1/',
          '^packages/domain/src/[^/]+/index\\.ts$',
          '^packages/domain/src/shared/',
        ],
      },
    },
    {
      name: 'apps-never-import-db',
      comment: 'The browser apps and their shared packages never reach the database layer.',
      severity: 'error',
      from: {
        path: '^(apps/(admin|dealer-portal|supplier-portal|customer-portal)|packages/(ui|api-client))/',
      },
      to: { path: '^packages/db/' },
    },
    {
      name: 'apps-import-api-as-types-only',
      comment: 'The router is known to the apps as a type; no server code is bundled into a browser app.',
      severity: 'error',
      from: {
        path: '^(apps/(admin|dealer-portal|supplier-portal|customer-portal)|packages/(ui|api-client))/',
      },
      to: { path: '^packages/api/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'ui-uses-api-client-types-only',
      comment:
        'packages/ui is presentation: it takes data and callbacks, it does not call the API itself. Besides types it may use the pure error mapping (errors.ts: a thrown value to field messages), which makes no call.',
      severity: 'error',
      from: { path: '^packages/ui/' },
      to: {
        path: '^packages/api-client/',
        pathNot: '^packages/api-client/src/errors\\.ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'api-code-never-imports-db',
      comment: 'The routers reach the database through the ports the server wires in, never by import.',
      severity: 'error',
      from: { path: '^packages/api/src/', pathNot: [TEST, '/testing/', '/authz-matrix/'] },
      to: { path: '^packages/db/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)dist/', '(^|/)\\.stryker-tmp/', '(^|/)node_modules/\\.vite/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.vue', '.mjs', '.json'],
    },
  },
}
