import { testDatabases } from '@asq/db/testing'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../testing/harness'

/** Hole 6 of issue 11: well-formed but impossible dates were 500s (or stored). */
const IMPOSSIBLE = ['2026-02-30', '2026-13-01', '0000-00-00', '2026-04-31']

async function refusal(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  )
  expect(e).toBeInstanceOf(TRPCError)
  const t = e as TRPCError & { cause?: { issues?: { path: PropertyKey[] }[] } }
  return { code: t.code, fields: (t.cause?.issues ?? []).map((i) => i.path.join('.')) }
}

describe.each(testDatabases())('impossible dates on $name', (target) => {
  let h: Harness
  beforeAll(async () => {
    h = await createHarness(target)
  })
  afterAll(() => h.close())

  it.each(IMPOSSIBLE)('%s is a typed 400 naming the field, for any dealer and for HQ', async (date) => {
    const dealer = await h.as(await h.staffToken('bj.manager'))
    const admin = await h.as(await h.staffToken('admin'))
    expect(await refusal(dealer.survey.station.scores({ from: date }))).toEqual({
      code: 'BAD_REQUEST',
      fields: ['from'],
    })
    expect(await refusal(admin.sla.deleteDay({ date }))).toEqual({ code: 'BAD_REQUEST', fields: ['date'] })
    expect(await refusal(admin.sla.upsertDay({ date, kind: 'holiday', name: 'x' }))).toEqual({
      code: 'BAD_REQUEST',
      fields: ['date'],
    })
    expect(await refusal(admin.survey.hq.results({ to: date }))).toMatchObject({ code: 'BAD_REQUEST' })
  })
})
