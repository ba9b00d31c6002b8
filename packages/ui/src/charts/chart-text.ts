import type { ChartOption } from './EChart.vue'

type Datum = number | string | null | { value?: unknown; name?: unknown }

const first = <T>(x: T | T[] | undefined): T | undefined => (Array.isArray(x) ? x[0] : x)
const show = (v: unknown): string =>
  Array.isArray(v) ? v.map(show).join('/') : v === null || v === undefined || v === '' ? '—' : String(v)

/**
 * The numbers behind a chart as one sentence, for screen readers (the canvas itself says nothing):
 * "series: category value, category value; …". Radar values are named by their indicators.
 */
export function chartText(option: ChartOption): string {
  const categories = (first(option.xAxis) as { data?: unknown[] } | undefined)?.data
  const indicators = (first(option.radar) as { indicator?: { name?: string }[] } | undefined)?.indicator
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : []
  return series
    .map((s) => {
      const values = ((s.data ?? []) as Datum[]).map((d, i) => {
        const value = d !== null && typeof d === 'object' ? d.value : d
        const name = d !== null && typeof d === 'object' && d.name !== undefined ? d.name : categories?.[i]
        if (Array.isArray(value) && indicators)
          return `${name ? `${String(name)}: ` : ''}${value.map((v, j) => `${indicators[j]?.name ?? j + 1} ${show(v)}`).join(', ')}`
        return name === undefined ? show(value) : `${String(name)} ${show(value)}`
      })
      return `${s.name ? `${String(s.name)}: ` : ''}${values.join(', ')}`
    })
    .join('; ')
}
