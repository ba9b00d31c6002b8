import type { createRepositories } from '@asq/db'

/**
 * `count` general complaints opened at `opened` at the first demo station, each with its "opened"
 * event and a deadline a day later: at a sweep two days on, every one of them is breached.
 */
export async function createBreachedComplaints(
  repos: ReturnType<typeof createRepositories>,
  count: number,
  opened: Date,
  prefix: string,
): Promise<string[]> {
  const customer = (await repos.customers.byContact({ type: 'phone', value: '13800000006' }))!
  const station = (await repos.organisations.list({ kind: 'dealer' }))[0]!
  const ids: string[] = []
  for (let i = 0; i < count; i++) {
    const c = (await repos.complaints.create({
      number: `CP-2026-${prefix}${String(i).padStart(5, '0')}`,
      channel: 'phone',
      kind: 'appeal',
      severity: 'general',
      cause: 'waiting_time',
      customerId: customer.id,
      vehicleId: null,
      vin: null,
      purchaseDate: null,
      stationId: station.id,
      summary: `sweep ${i}`,
      description: 'd',
      openedAt: opened,
      nextDueAt: new Date(opened.getTime() + 86_400_000),
      clientRequestId: null,
    }))!
    await repos.complaints.appendEvents(c.id, opened, 'test', [
      {
        type: 'opened',
        visibility: 'customer',
        data: { severity: 'general', channel: 'phone', hasStation: true },
      },
    ])
    ids.push(c.id)
  }
  return ids
}
