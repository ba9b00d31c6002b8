import { count } from 'drizzle-orm'
import type { Database } from '../client'
import { customers, organisations, productLines, users, vehicles } from '../schema'
import { DEMO_CUSTOMERS, DEMO_ORGS, DEMO_PASSWORD, DEMO_PRODUCT_LINES, DEMO_USERS } from './demo-network'
import { CONTEXT_SEEDS, type DemoNetwork } from './steps'

export type SeedResult = { seeded: boolean }

export const DEMO_LOGINS = {
  password: DEMO_PASSWORD,
  staff: DEMO_USERS.map((u) => ({ username: u.username, roles: u.roles, org: u.org })),
  customers: DEMO_CUSTOMERS.map((c) => ({ name: c.name, phone: c.phone })),
}

/**
 * Seeds the demo network into an empty database (no organisations yet) in one transaction; a database
 * that already holds data is left alone, so restarting never duplicates anything.
 */
export async function seedDemoData(
  db: Database,
  hashPassword: (p: string) => Promise<string>,
  now: Date = new Date(),
): Promise<SeedResult> {
  // Checked before hashing: a restart of a seeded database must not pay for a password hash.
  const [already] = await db.select({ n: count() }).from(organisations)
  if ((already?.n ?? 0) > 0) return { seeded: false }
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(organisations)
    if ((existing?.n ?? 0) > 0) return { seeded: false }
    const orgRows = await tx.insert(organisations).values(DEMO_ORGS).returning()
    const orgId = (code: string) => orgRows.find((o) => o.code === code)!.id
    const userRows = await tx
      .insert(users)
      .values(
        DEMO_USERS.map((u) => ({
          orgId: orgId(u.org),
          username: u.username,
          displayName: u.displayName,
          roles: u.roles,
          passwordHash,
        })),
      )
      .returning()
    const lineRows = await tx.insert(productLines).values(DEMO_PRODUCT_LINES).returning()
    const network: DemoNetwork = {
      now,
      orgIdByCode: Object.fromEntries(orgRows.map((o) => [o.code, o.id])),
      userIdByUsername: Object.fromEntries(userRows.map((u) => [u.username, u.id])),
      productLineIdByCode: Object.fromEntries(lineRows.map((l) => [l.code, l.id])),
      customers: [],
    }
    for (const c of DEMO_CUSTOMERS) {
      const [cust] = await tx
        .insert(customers)
        .values({ name: c.name, phone: c.phone, email: c.email, keyAccount: c.keyAccount })
        .returning()
      const [vehicle] = await tx
        .insert(vehicles)
        .values({
          vin: c.vin,
          productLineId: lineRows.find((l) => l.code === c.line)!.id,
          model: lineRows.find((l) => l.code === c.line)!.nameZh,
          purchaseDate: c.purchaseDate,
          customerId: cust!.id,
          sellingDealerId: orgId(c.dealer),
          mileageKm: c.mileageKm,
          plate: c.plate,
        })
        .returning()
      network.customers.push({
        id: cust!.id,
        vehicleId: vehicle!.id,
        vin: c.vin,
        story: c.story,
        dealerCode: c.dealer,
        name: c.name,
      })
    }
    const txDb = tx as unknown as Database
    for (const step of CONTEXT_SEEDS) await step(txDb, network)
    return { seeded: true }
  })
}
