import type { FigureUnit } from '@asq/domain'

type T = (key: string, named?: Record<string, unknown>) => string

/** A figure's number with its unit ("95.5%", "8.2 小时"); the dash when there is none. */
export function formatFigure(value: number | null, unit: FigureUnit, t: T): string {
  if (value === null) return t('kpiCommon.noValue')
  const u = t(`kpiCommon.units.${unit}`)
  const n = unit === 'count' ? String(value) : value.toFixed(1)
  return unit === 'percent' || u === '' ? `${n}${u}` : `${n} ${u}`
}

/** A change with its sign ("+2.5%", "−1.0 小时"). */
export function formatChange(change: number, unit: FigureUnit, t: T): string {
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±'
  return `${sign}${formatFigure(Math.abs(change), unit, t)}`
}
