import { defineConfig } from 'drizzle-kit'

// Migrations are generated from the one pg-core schema and committed; both PGlite and PostgreSQL run them.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './migrations',
})
