import type { BenchContext } from '../run/context'
import { compareLists, type ListCase } from './list-load'

const PAGE = 50

/** A station's queue (`complaint.station.queue`, nearest deadline first), beside the bare route. */
export async function stationList(ctx: BenchContext) {
  const page = { page: 1, pageSize: PAGE }
  const due = { limit: PAGE, offset: 0, order: 'due' as const, stationId: ctx.stationId }
  const cases: ListCase[] = [
    { label: 'page 1, no filter', input: page, filter: due },
    {
      label: 'page 1, status in progress',
      input: { ...page, status: 'in_progress' },
      filter: { ...due, status: 'in_progress' },
    },
    { label: 'page 1, overdue', input: { ...page, overdue: true }, filter: { ...due, overdue: true } },
  ]
  return compareLists(ctx, 'station list', 'complaint.station.queue', ctx.cookies.station, cases)
}
