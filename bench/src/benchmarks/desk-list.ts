import { encodeCursor } from '@asq/domain'
import { sql } from 'drizzle-orm'
import type { BenchContext } from '../run/context'
import { compareLists, type ListCase } from './list-load'

const PAGE = 50

/**
 * HQ's complaint desk (`complaint.desk.list`): page 1 under each filter the screen offers, and a deep
 * page (keyset cursor at 80 % of the list), 20 connections each, beside the bare route.
 */
export async function deskList(ctx: BenchContext) {
  const h = await ctx.openBase()
  const deep = (
    (await h.db.execute(sql`select opened_at, id from complaints order by opened_at desc, id desc
      offset (select (count(*) * 0.8)::int from complaints) limit 1`)) as unknown as {
      rows: { opened_at: string | Date; id: string }[]
    }
  ).rows[0]!
  const number = (
    (await h.db.execute(
      sql`select number from complaints order by opened_at desc limit 1 offset 10`,
    )) as unknown as {
      rows: { number: string }[]
    }
  ).rows[0]!.number
  await h.close()
  const after = encodeCursor({ at: new Date(deep.opened_at), id: deep.id })
  const page = { page: 1, pageSize: PAGE }
  const newest = { limit: PAGE, offset: 0, order: 'newest' as const }
  const cases: ListCase[] = [
    { label: 'page 1, no filter', input: page, filter: newest },
    {
      label: 'page 1, status in progress',
      input: { ...page, status: 'in_progress' },
      filter: { ...newest, status: 'in_progress' },
    },
    { label: 'page 1, kind', input: { ...page, kind: 'appeal' }, filter: { ...newest, kind: 'appeal' } },
    {
      label: 'page 1, severity major',
      input: { ...page, severity: 'major' },
      filter: { ...newest, severity: 'major' },
    },
    {
      label: 'page 1, one station',
      input: { ...page, stationId: ctx.stationId },
      filter: { ...newest, stationId: ctx.stationId },
    },
    {
      label: 'page 1, overdue',
      input: { ...page, overdue: true },
      filter: { ...newest, overdue: true, order: 'due' },
    },
    { label: 'page 1, search by number', input: { ...page, q: number }, filter: { ...newest, q: number } },
    {
      label: 'deep page (keyset, 80 % down)',
      input: { ...page, page: 2000, cursor: after },
      filter: { ...newest, after },
    },
  ]
  return compareLists(ctx, 'desk list', 'complaint.desk.list', ctx.cookies.hq, cases)
}
