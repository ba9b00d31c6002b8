import { nodeSecurity } from '@asq/api'
import { type DatabaseHandle, DEMO_LOGINS, seedDemoData } from '@asq/db'
import type { Env } from './env'
import type { Logger } from './logger'

/** Migrations on every start; demo data only into an empty database. */
export async function prepareDatabase(env: Env, handle: DatabaseHandle, log: Logger): Promise<void> {
  await handle.migrate()
  log({ msg: 'migrations applied', database: handle.kind })
  if (!env.SEED_DEMO) return
  const { seeded } = await seedDemoData(handle.db, nodeSecurity.hashPassword)
  if (seeded) log({ msg: 'demo data seeded into the empty database' })
}

export function printDemoLogins(port: number): void {
  const staff = DEMO_LOGINS.staff
    .map((u) => `    ${u.username.padEnd(16)} ${u.roles.join(', ').padEnd(16)} ${u.org}`)
    .join('\n')
  const customers = DEMO_LOGINS.customers.map((c) => `    ${c.phone}  ${c.name}`).join('\n')
  process.stdout.write(`
  售后质量平台 After-sales quality platform — http://localhost:${port}
    HQ admin       http://localhost:${port}/admin/
    Dealer         http://localhost:${port}/dealer/
    Supplier       http://localhost:${port}/supplier/
    Customer       http://localhost:${port}/portal/

  Demo staff logins (password for all: ${DEMO_LOGINS.password}):
${staff}
  Demo customers (sign in with the phone; the code is printed in this log and on /admin → Outbox):
${customers}

`)
}
