export { sql } from 'drizzle-orm'
export {
  type Database,
  type DatabaseHandle,
  dumpEmbedded,
  migrationsFolder,
  openDatabase,
  restoreEmbedded,
} from './client'
export { createRepositories, createUnitOfWork } from './repositories'
export * as schema from './schema'
export { DEMO_LOGINS, type SeedResult, seedDemoData } from './seed/demo'
