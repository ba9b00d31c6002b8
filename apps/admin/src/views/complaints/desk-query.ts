import { CAUSES, isIsoDate, KINDS, OWNER_VIEWS, SEVERITIES, STATUSES } from '@asq/domain'
import type { LocationQuery } from 'vue-router'

const one = (v: LocationQuery[string] | undefined) =>
  Array.isArray(v) ? (v[0] ?? undefined) : (v ?? undefined)
const pick = <T extends string>(v: string | undefined, allowed: readonly T[]) =>
  allowed.includes(v as T) ? (v as T) : undefined
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The desk's filters as the URL carries them, only known values kept: a link (the KPI dashboard's
 * drill-down, a shared list) opens the list filtered. usePagedList writes them back.
 */
export function deskFiltersFromQuery(q: LocationQuery) {
  const id = (v: string | undefined) => (v && UUID.test(v) ? v : undefined)
  const day = (v: string | undefined) => (v && isIsoDate(v) ? v : undefined)
  return {
    status: pick(one(q.status), STATUSES),
    kind: pick(one(q.kind), KINDS),
    severity: pick(one(q.severity), SEVERITIES),
    stationId: id(one(q.stationId)),
    owner: pick(one(q.owner), OWNER_VIEWS),
    overdue: one(q.overdue) === '1',
    cause: pick(one(q.cause), CAUSES),
    region: one(q.region) || undefined,
    productLineId: id(one(q.productLineId)),
    openedFrom: day(one(q.openedFrom)),
    openedTo: day(one(q.openedTo)),
    q: one(q.q) ?? '',
  }
}

/** The filters a drill-down from the KPI dashboard sets, shown apart and cleared together. */
export const DRILL = ['cause', 'region', 'productLineId', 'openedFrom', 'openedTo'] as const
