export { type Database, type DatabaseHandle, migrationsFolder, openDatabase } from './client'
export { createRepositories, createUnitOfWork } from './repositories'
export * as schema from './schema'
export { seedDemoData, type SeedResult, DEMO_LOGINS } from './seed/demo'
