import { testDatabases } from '@asq/db/testing'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { complaintFixtures } from '../authz-matrix/complaint.fixtures'
import { createFixture, type Fixture } from '../authz-matrix/principals'
import { createHarness, type Harness } from '../testing/harness'

/**
 * Two actors on one record, on PostgreSQL: the service desk and the HQ admin edit the same complaint
 * at the same moment, both from the version they read. 200 trials: each time exactly one edit wins
 * and the other gets a clear CONFLICT (the record's version moved), and the complaint holds one note.
 */
const TRIALS = 200
let h: Harness
let fx: Fixture

beforeAll(async () => {
  h = await createHarness(testDatabases().find((t) => t.name === 'postgres')!)
  fx = createFixture(h)
}, 120_000)
afterAll(() => h?.close())

it(`${TRIALS} trials of two concurrent version-checked edits: one winner, one CONFLICT each time`, async () => {
  const desk = await h.as(await h.staffToken('service'))
  const admin = await h.as(await h.staffToken('admin'))
  const outcome = (p: Promise<unknown>) =>
    p.then(
      () => 'OK',
      (e) => (e instanceof TRPCError ? `${e.code}` : `thrown ${String(e)}`),
    )
  const tally = new Map<string, number>()
  for (let i = 0; i < TRIALS; i++) {
    const c = await complaintFixtures(fx).complaint('hq_service', 'own', { status: 'in_progress' })
    const notes = ['desk', 'admin']
    const both = await Promise.all([
      outcome(desk.complaint.desk.addNote({ id: c.id, version: c.version, note: `${notes[0]} ${i}` })),
      outcome(admin.complaint.desk.addNote({ id: c.id, version: c.version, note: `${notes[1]} ${i}` })),
    ])
    const key = [...both].sort().join(' + ')
    tally.set(key, (tally.get(key) ?? 0) + 1)
    const after = (await h.repos.complaints.byId(c.id))!
    expect(after.version, `trial ${i}`).toBe(c.version + 1)
  }
  const oneWinner = tally.get('CONFLICT + OK') ?? 0
  console.log(
    `[figure] two actors on one record, ${TRIALS} trials on PostgreSQL: one winner and one CONFLICT in ${oneWinner} (${[...tally].map(([k, n]) => `${k}: ${n}`).join(', ')})`,
  )
  expect(Object.fromEntries(tally)).toEqual({ 'CONFLICT + OK': TRIALS })
}, 300_000)
