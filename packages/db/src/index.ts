export { type Database, type DatabaseHandle, migrationsFolder, openDatabase } from './client'
export { createRepositories, createUnitOfWork } from './repositories'
export * as schema from './schema'
export { DEMO_LOGINS, type SeedResult, seedDemoData } from './seed/demo'
