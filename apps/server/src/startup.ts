import { nodeSecurity } from '@asq/api'
import { createRepositories, type DatabaseHandle, DEMO_LOGINS, seedDemoData } from '@asq/db'
import type { Env } from './env'
import type { Logger } from './logger'

/**
 * Migrations on every start; demo data only into an empty database. Production refuses to run with
 * the demo logins (admin / demo123456 …) unless SEED_DEMO=true says so explicitly.
 */
export async function prepareDatabase(
  env: Env,
  handle: DatabaseHandle,
  log: Logger,
): Promise<{ demoWarning: Promise<void> }> {
  const none = { demoWarning: Promise.resolve() }
  await handle.migrate()
  log({ msg: 'migrations applied', database: handle.kind, startupMs: Math.round(performance.now()) })
  if (env.SEED_DEMO) {
    const { seeded } = await seedDemoData(handle.db, nodeSecurity.hashPassword)
    if (seeded) log({ msg: 'demo data seeded into the empty database' })
  }
  if (env.NODE_ENV !== 'production') return none
  const warn = () =>
    log({ level: 'warn', msg: 'production is running with the demo logins because SEED_DEMO=true' })
  // SEED_DEMO=true said so: the check (a scrypt hash, the largest part of a restart) can only lead to
  // the warning, so it runs while the server starts listening instead of before.
  if (env.SEED_DEMO_EXPLICIT && env.SEED_DEMO)
    return {
      demoWarning: demoLoginsWork(handle).then(
        (works) => (works ? warn() : undefined),
        () => undefined,
      ),
    }
  if (await demoLoginsWork(handle)) throw new DemoLoginsInProduction()
  return none
}

export class DemoLoginsInProduction extends Error {
  constructor() {
    super(
      `Refusing to start in production: the demo logins work (${DEMO_LOGINS.staff[0]!.username} / ${DEMO_LOGINS.password}). ` +
        'Change their passwords or remove them, or set SEED_DEMO=true to run a demo in production on purpose.',
    )
  }
}

/** Whether the first demo staff login still signs in with the demo password. */
async function demoLoginsWork(handle: DatabaseHandle): Promise<boolean> {
  const user = await createRepositories(handle.db).users.byUsername(DEMO_LOGINS.staff[0]!.username)
  return !!user?.active && (await nodeSecurity.verifyPassword(DEMO_LOGINS.password, user.passwordHash))
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
