export { sql } from 'drizzle-orm'
export {
  type Database,
  type DatabaseHandle,
  dumpEmbedded,
  migrationsFolder,
  openDatabase,
  restoreEmbedded,
} from './client'
export { databaseFileStore } from './files/database-file-store'
export { directoryFileStore } from './files/directory-file-store'
export { createRepositories, createUnitOfWork } from './repositories'
export { rebuildSurveyDaily } from './repositories/survey-daily.query'
export * as schema from './schema'
export { DEMO_LOGINS, type SeedResult, seedDemoData } from './seed/demo'
