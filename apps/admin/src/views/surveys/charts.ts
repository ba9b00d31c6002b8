import type { ChartOption } from '@asq/ui'
import type { Results, Summary } from './types'

type T = (key: string, named?: Record<string, unknown>) => string

const RED = '#f56c6c'
const AMBER = '#e6a23c'
const GREEN = '#67c23a'
const BLUE = '#409eff'
const PURPLE = '#8e6bd1'

const bars = (categories: string[], values: number[], colors: string[], t: T): ChartOption => ({
  tooltip: { trigger: 'axis' },
  grid: { left: 40, right: 16, top: 16, bottom: 28 },
  xAxis: { type: 'category', data: categories },
  yAxis: { type: 'value', minInterval: 1, name: t('surveys.charts.count') },
  series: [
    {
      type: 'bar',
      barMaxWidth: 40,
      data: values.map((value, i) => ({ value, itemStyle: { color: colors[i] } })),
      label: { show: true, position: 'top' },
    },
  ],
})

/** How the 1–5 ratings spread: red for 1–2, amber for 3, green for 4–5. */
export const distributionOption = (s: Summary, t: T): ChartOption =>
  bars(
    [1, 2, 3, 4, 5].map((n) => t('surveys.charts.star', { n })),
    s.csatDistribution,
    [RED, RED, AMBER, GREEN, GREEN],
    t,
  )

/** The 0–10 recommendations, coloured as detractors, passives and promoters. */
export const npsDistributionOption = (s: Summary, t: T): ChartOption =>
  bars(
    Array.from({ length: 11 }, (_, i) => String(i)),
    s.npsDistribution,
    Array.from({ length: 11 }, (_, i) => (i <= 6 ? RED : i <= 8 ? AMBER : GREEN)),
    t,
  )

/** Index, CSAT % and response rate on 0–100; NPS on its own −100–100 axis; the index target marked. */
export function trendOption(r: Results, t: T): ChartOption {
  const months = r.trend.map((m) => m.month)
  const line = (name: string, color: string, data: (number | null)[], yAxisIndex = 0) => ({
    type: 'line' as const,
    name,
    yAxisIndex,
    data,
    connectNulls: true,
    smooth: true,
    itemStyle: { color },
  })
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 44, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: months },
    yAxis: [
      { type: 'value', min: 0, max: 100 },
      { type: 'value', min: -100, max: 100, splitLine: { show: false } },
    ],
    series: [
      {
        ...line(
          t('surveys.kpi.index'),
          BLUE,
          r.trend.map((m) => m.index),
        ),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: BLUE },
          data: [{ yAxis: r.targets.satisfactionIndex }],
        },
      },
      line(
        t('surveys.kpi.csat'),
        GREEN,
        r.trend.map((m) => m.csat),
      ),
      line(
        t('surveys.kpi.responseRate'),
        AMBER,
        r.trend.map((m) => m.responseRate),
      ),
      line(
        t('surveys.kpi.nps'),
        PURPLE,
        r.trend.map((m) => m.nps),
        1,
      ),
    ],
  }
}

const DIMENSIONS = ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'] as const

/** The five SERVQUAL dimensions on a 0–100 radar (a dimension nobody scored shows as 0). */
export const radarOption = (s: Summary, t: T): ChartOption => ({
  tooltip: {},
  radar: {
    radius: '65%',
    indicator: DIMENSIONS.map((d) => ({ name: t(`surveys.dimensions.${d}`), max: 100 })),
  },
  series: [
    {
      type: 'radar',
      areaStyle: { opacity: 0.2 },
      itemStyle: { color: BLUE },
      data: [{ name: t('surveys.kpi.index'), value: DIMENSIONS.map((d) => s.dimensions[d] ?? 0) }],
    },
  ],
})

/** Promoters, passives and detractors as a ring. */
export const npsSplitOption = (s: Summary, t: T): ChartOption => ({
  tooltip: { trigger: 'item' },
  legend: { bottom: 0 },
  series: [
    {
      type: 'pie',
      radius: ['45%', '70%'],
      center: ['50%', '45%'],
      label: { formatter: '{c}' },
      data: [
        { name: t('surveys.charts.promoters'), value: s.npsSplit.promoters, itemStyle: { color: GREEN } },
        { name: t('surveys.charts.passives'), value: s.npsSplit.passives, itemStyle: { color: AMBER } },
        { name: t('surveys.charts.detractors'), value: s.npsSplit.detractors, itemStyle: { color: RED } },
      ],
    },
  ],
})
