import type { ReportContent, SummaryLine } from '@asq/domain'
import { renderXlsx, type Sheet } from '../../reports/xlsx'
import { ragOf, targetText } from './kpi.report-pdf'

const PCT = '0.0'
const MONEY = '#,##0.00'
const UNIT_TEXT: Record<string, string> = {
  percent: '% 百分比',
  fen: '元 yuan',
  days: '天 days',
  hours: '小时 hours',
  count: '个 count',
  index: '指数 index',
}

/** Money is stored in fen and written as yuan with two decimals (a number, not text). */
const cellValue = (value: number | null, unit: SummaryLine['unit']) =>
  value === null ? null : unit === 'fen' ? value / 100 : value

function summarySheet(c: ReportContent): Sheet {
  return {
    name: '概要 Summary',
    columns: [
      { header: '项目', key: 'zh', width: 24 },
      { header: 'Item', key: 'en', width: 32 },
      { header: '数值 Value', key: 'value', width: 16 },
      { header: '单位 Unit', key: 'unit', width: 14 },
    ],
    rows: c.summary.map((s) => ({
      zh: s.zh,
      en: s.en,
      value: cellValue(s.value, s.unit),
      unit: UNIT_TEXT[s.unit] ?? s.unit,
    })),
    cellFormats: new Map(
      c.summary.map((s, i) => [i, { value: s.unit === 'fen' ? MONEY : s.unit === 'count' ? '0' : PCT }]),
    ),
  }
}

function figureSheet(c: ReportContent): Sheet {
  return {
    name: '指标 Figures',
    columns: [
      { header: '指标', key: 'zh', width: 22 },
      { header: 'Figure', key: 'en', width: 36 },
      { header: '本期 Value', key: 'value', width: 12, numFmt: PCT },
      { header: '上期 Previous', key: 'previous', width: 14, numFmt: PCT },
      { header: '变化 Change', key: 'change', width: 12, numFmt: PCT },
      { header: '目标 Target', key: 'target', width: 12 },
      { header: '状态 RAG', key: 'rag', width: 14 },
      { header: '单位 Unit', key: 'unit', width: 14 },
    ],
    rows: c.figures.map((f) => ({
      zh: f.zh,
      en: f.en,
      value: f.value,
      previous: f.previous,
      change: f.change,
      target: targetText(f),
      rag: ragOf(f).text.slice(2),
      unit: UNIT_TEXT[f.unit] ?? f.unit,
    })),
  }
}

function trendSheet(c: ReportContent): Sheet {
  return {
    name: '趋势 Trend',
    columns: [
      { header: '月份 Month', key: 'month', width: 12 },
      { header: '投诉 Complaints', key: 'opened', width: 16 },
      { header: '关闭率% Closure', key: 'closure', width: 16, numFmt: PCT },
      { header: '及时响应率% Timely response', key: 'response', width: 26, numFmt: PCT },
      { header: '及时完成率% Timely completion', key: 'completion', width: 28, numFmt: PCT },
    ],
    rows: c.trend.map((t) => ({
      month: t.month,
      opened: t.opened,
      closure: t.closureRate,
      response: t.timelyResponseRate,
      completion: t.timelyCompletionRate,
    })),
  }
}

function paretoSheet(c: ReportContent): Sheet {
  return {
    name: '帕累托 Pareto',
    columns: [
      { header: '原因', key: 'zh', width: 18 },
      { header: 'Cause', key: 'en', width: 26 },
      { header: '投诉数 Count', key: 'count', width: 14 },
      { header: '占比% Share', key: 'share', width: 14, numFmt: PCT },
      { header: '累计% Cumulative', key: 'cumulative', width: 18, numFmt: PCT },
      { header: '关键少数 Vital few', key: 'vital', width: 18 },
    ],
    rows: c.pareto.map((b) => ({
      zh: b.zh,
      en: b.en,
      count: b.count,
      share: b.share,
      cumulative: b.cumulative,
      vital: b.vital ? '是 Yes' : '否 No',
    })),
  }
}

/** The report as XLSX: one sheet per section, typed cells, Chinese headers with English beside. */
export function reportXlsx(c: ReportContent): Promise<Buffer> {
  return renderXlsx([
    summarySheet(c),
    figureSheet(c),
    ...(c.kind === 'monthly' ? [trendSheet(c)] : []),
    paretoSheet(c),
  ])
}
