import { z } from 'zod'
import { FIGURE_IDS, type FigureId } from './kpi.figures'

/**
 * A target: the figure must be `op` the `value` to be green; a miss by no more than `amber` (in the
 * figure's own unit) is amber; a bigger miss is red. Versioned: each save is a new version.
 */
export const targetSchema = z.object({
  figure: z.enum(FIGURE_IDS),
  op: z.enum(['>=', '>', '<=', '<']),
  value: z.number().finite(),
  amber: z.number().finite().min(0),
})
export type Target = z.infer<typeof targetSchema>

export const targetSetSchema = z
  .array(targetSchema)
  .max(FIGURE_IDS.length)
  .refine((ts) => new Set(ts.map((t) => t.figure)).size === ts.length, {
    message: 'One target per figure',
    path: [0, 'figure'],
  })

/** The targets of the sources (closure 100 %, handling satisfaction ≥ 70 %, CSI > 75, complaint rate < 1 %) and house defaults. */
export const DEFAULT_TARGETS: Target[] = [
  { figure: 'closure_rate', op: '>=', value: 100, amber: 5 },
  { figure: 'timely_response_rate', op: '>=', value: 95, amber: 5 },
  { figure: 'timely_completion_rate', op: '>=', value: 90, amber: 5 },
  { figure: 'response_hours_avg', op: '<=', value: 8, amber: 4 },
  { figure: 'reopen_rate', op: '<=', value: 5, amber: 3 },
  { figure: 'handling_satisfaction', op: '>=', value: 70, amber: 5 },
  { figure: 'complaint_rate', op: '<', value: 1, amber: 0.2 },
  { figure: 'csi', op: '>', value: 75, amber: 5 },
  { figure: 'survey_response_rate', op: '>=', value: 30, amber: 10 },
  { figure: 'eightd_overdue_claims', op: '<=', value: 0, amber: 2 },
  { figure: 'warranty_cost_vs_budget', op: '<=', value: 100, amber: 10 },
  { figure: 'supplier_recovery_rate', op: '>=', value: 80, amber: 10 },
]

export type Rag = 'green' | 'amber' | 'red' | 'none'

const meets = (v: number, t: Pick<Target, 'op' | 'value'>) =>
  t.op === '>=' ? v >= t.value : t.op === '>' ? v > t.value : t.op === '<=' ? v <= t.value : v < t.value

/** Green when the target is met, amber when missed by at most `amber`, red otherwise; none without a value or target. */
export function rag(value: number | null, target: Target | undefined): Rag {
  if (value === null || !target) return 'none'
  if (meets(value, target)) return 'green'
  const miss = Math.abs(value - target.value)
  return miss <= target.amber ? 'amber' : 'red'
}

/** The change against the previous period, in the figure's unit (one decimal); null when either is missing. */
export const change = (value: number | null, previous: number | null): number | null =>
  value === null || previous === null ? null : Math.round((value - previous) * 10) / 10

export type FigureRow = {
  figure: FigureId
  value: number | null
  previous: number | null
  change: number | null
  target: Target | null
  rag: Rag
}

export function figureRows(
  current: Record<FigureId, number | null>,
  previous: Record<FigureId, number | null>,
  targets: readonly Target[],
): FigureRow[] {
  const byFigure = new Map(targets.map((t) => [t.figure, t]))
  return FIGURE_IDS.map((figure) => {
    const target = byFigure.get(figure)
    return {
      figure,
      value: current[figure],
      previous: previous[figure],
      change: change(current[figure], previous[figure]),
      target: target ?? null,
      rag: rag(current[figure], target),
    }
  })
}
