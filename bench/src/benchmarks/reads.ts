import type { BenchContext } from '../run/context'
import { type LoadFigures, ms, sequential } from '../run/load'
import type { Row } from '../run/results'
import { benchDeps, serveApi, trpcGet } from '../run/serve'

export type ReadCase = { label: string; path: string; input: unknown; goalMs: number }

/** Calls each read `calls` times in a row through the real API (one user opening the screen): p95. */
export async function timeReads(ctx: BenchContext, cases: ReadCase[], calls: number): Promise<Row[]> {
  const h = await ctx.openBase()
  const api = await serveApi(benchDeps(h, ctx.asOf), () => h.ping())
  const out: Row[] = []
  try {
    for (const c of cases) {
      let failed = ''
      const f: LoadFigures = await sequential(calls, async () => {
        const res = await trpcGet(api.url, c.path, c.input, ctx.cookies.hq)
        const body = await res.text()
        if (res.status !== 200) failed = `${res.status} ${body.slice(0, 120)}`
      })
      out.push({
        benchmark: c.label,
        figure: failed ? `failed: ${failed}` : `p95 ${ms(f.p95)} (p50 ${ms(f.p50)}, ${calls} calls)`,
        floor: '—',
        ratio: null,
        goal: `p95 < ${c.goalMs} ms`,
        met: !failed && f.p95 < c.goalMs,
      })
    }
  } finally {
    await api.close()
    await h.close()
  }
  return out
}
