import type { ParetoBar } from '@asq/domain'
import type { ChartOption } from '@asq/ui'

type T = (key: string, named?: Record<string, unknown>) => string
type TrendPoint = {
  month: string
  opened: number
  closureRate: number | null
  timelyResponseRate: number | null
  timelyCompletionRate: number | null
  partial: boolean
}

const BLUE = '#409eff'
const GREEN = '#67c23a'
const AMBER = '#e6a23c'
const PURPLE = '#8e6bd1'
const RED = '#c45656'

/** Complaints opened per month (bars) and the three rates (lines, 0–100 %); a partial month is marked. */
export function trendOption(trend: TrendPoint[], t: T): ChartOption {
  const line = (name: string, color: string, data: (number | null)[]) => ({
    type: 'line' as const,
    name,
    yAxisIndex: 1,
    data,
    connectNulls: true,
    itemStyle: { color },
  })
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 44, right: 44, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: trend.map((m) => (m.partial ? `${m.month}*` : m.month)) },
    yAxis: [
      { type: 'value', minInterval: 1, name: t('kpiCommon.opened') },
      { type: 'value', min: 0, max: 100, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: t('kpiCommon.opened'),
        barMaxWidth: 28,
        data: trend.map((m) => m.opened),
        itemStyle: { color: '#b1d6fa' },
      },
      line(
        t('kpiCommon.figures.closure_rate.name'),
        GREEN,
        trend.map((m) => m.closureRate),
      ),
      line(
        t('kpiCommon.figures.timely_response_rate.name'),
        BLUE,
        trend.map((m) => m.timelyResponseRate),
      ),
      line(
        t('kpiCommon.figures.timely_completion_rate.name'),
        PURPLE,
        trend.map((m) => m.timelyCompletionRate),
      ),
    ],
  }
}

/** Causes by count (bars; the vital few darker), the cumulative share (line) and the 80 % line. */
export function paretoOption(bars: ParetoBar[], label: (key: string) => string, t: T): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 44, right: 48, top: 36, bottom: 56 },
    xAxis: { type: 'category', data: bars.map((b) => label(b.key)), axisLabel: { interval: 0, rotate: 20 } },
    yAxis: [
      { type: 'value', minInterval: 1, name: t('kpiCommon.paretoCount') },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: t('kpiCommon.paretoCount'),
        barMaxWidth: 48,
        cursor: 'pointer',
        data: bars.map((b) => ({ value: b.count, itemStyle: { color: b.vital ? BLUE : '#a0cfff' } })),
        label: { show: true, position: 'top' },
      },
      {
        type: 'line',
        name: t('kpiCommon.cumulative'),
        yAxisIndex: 1,
        data: bars.map((b) => b.cumulative),
        itemStyle: { color: AMBER },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: RED },
          label: { formatter: t('kpiCommon.line80') },
          data: [{ yAxis: 80 }],
        },
      },
    ],
  }
}
