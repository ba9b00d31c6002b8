import type { KpiPeriod, Scope } from '@asq/domain'
import { chinaMonth, FIGURE_IDS, isIsoDate, monthPeriod } from '@asq/domain'
import type { LocationQuery, LocationQueryRaw } from 'vue-router'

export type PeriodMode = 'month' | 'year' | 'range'
/** What the dashboard shows, kept in the URL so a view can be bookmarked, shared and come back to. */
export type DashboardView = {
  mode: PeriodMode
  month: string
  year: string
  from: string
  to: string
  scope: Scope
}

const one = (v: LocationQuery[string] | undefined) =>
  Array.isArray(v) ? (v[0] ?? undefined) : (v ?? undefined)

export function viewFromQuery(q: LocationQuery, now: Date): DashboardView {
  const thisMonth = chinaMonth(now)
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(one(q.month) ?? '') ? one(q.month)! : thisMonth
  const year = /^\d{4}$/.test(one(q.year) ?? '') ? one(q.year)! : thisMonth.slice(0, 4)
  const from = one(q.from) ?? ''
  const to = one(q.to) ?? ''
  const range = isIsoDate(from) && isIsoDate(to) && from <= to
  const mode = one(q.mode) === 'year' ? 'year' : one(q.mode) === 'range' && range ? 'range' : 'month'
  const id = one(q.scopeId) ?? ''
  const kind = one(q.scope)
  const scope: Scope =
    kind === 'region' && id
      ? { kind, region: id }
      : kind === 'station' && id
        ? { kind, stationId: id }
        : kind === 'product_line' && id
          ? { kind, productLineId: id }
          : kind === 'supplier' && id
            ? { kind, supplierId: id }
            : { kind: 'all' }
  return { mode, month, year, from: range ? from : '', to: range ? to : '', scope }
}

export const scopeId = (s: Scope): string =>
  s.kind === 'region'
    ? s.region
    : s.kind === 'station'
      ? s.stationId
      : s.kind === 'product_line'
        ? s.productLineId
        : s.kind === 'supplier'
          ? s.supplierId
          : ''

export function queryOfView(v: DashboardView): LocationQueryRaw {
  const id = scopeId(v.scope)
  return {
    mode: v.mode,
    ...(v.mode === 'month'
      ? { month: v.month }
      : v.mode === 'year'
        ? { year: v.year }
        : { from: v.from, to: v.to }),
    ...(id ? { scope: v.scope.kind, scopeId: id } : {}),
  }
}

export function periodOfView(v: DashboardView): KpiPeriod {
  if (v.mode === 'year') return { from: `${v.year}-01-01`, to: `${v.year}-12-31` }
  if (v.mode === 'range') return { from: v.from, to: v.to }
  return monthPeriod(v.month)
}

/** The desk list's filters for the cases behind a figure or a Pareto bar: opened in the period, in the scope. */
export function deskQuery(period: KpiPeriod, scope: Scope, cause?: string): LocationQueryRaw {
  return {
    openedFrom: period.from,
    openedTo: period.to,
    ...(scope.kind === 'station' ? { stationId: scope.stationId } : {}),
    ...(scope.kind === 'region' ? { region: scope.region } : {}),
    ...(scope.kind === 'product_line' ? { productLineId: scope.productLineId } : {}),
    ...(cause ? { cause } : {}),
  }
}

// FIGURE_IDS lists the complaint figures first, up to the complaint rate.
const COMPLAINT_FIGURES = new Set<string>(FIGURE_IDS.slice(0, FIGURE_IDS.indexOf('complaint_rate') + 1))

/** Where a figure's cases are listed (for a role that may open that list): the complaint desk for complaint figures. */
export function drillTarget(figure: string, period: KpiPeriod, scope: Scope, roles: readonly string[]) {
  const has = (...allowed: string[]) => roles.some((r) => allowed.includes(r))
  if (COMPLAINT_FIGURES.has(figure))
    return has('hq_admin', 'hq_service', 'hq_quality') && scope.kind !== 'supplier'
      ? { name: 'complaints', query: deskQuery(period, scope) }
      : null
  if (figure === 'eightd_overdue_claims')
    return has('hq_admin', 'hq_quality') ? { name: 'eightd-overdue' } : null
  if (figure === 'eightd_step_days' || figure === 'supplier_recovery_rate')
    return has('hq_admin', 'hq_quality', 'hq_finance') ? { name: 'eightd' } : null
  if (figure === 'csi' || figure === 'nps' || figure === 'survey_response_rate')
    return has('hq_admin', 'hq_service', 'hq_quality') ? { name: 'surveys' } : null
  if (figure === 'return_rate' || figure === 'warranty_cost_vs_budget')
    return has('hq_admin', 'hq_finance') ? { name: 'reimbursement' } : null
  return null
}
