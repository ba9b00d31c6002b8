/** Latency figures of a set of calls, in milliseconds. */
export type LoadFigures = {
  calls: number
  errors: number
  /** The first failed answer (status and the start of its body). */
  firstError?: string
  perSecond: number
  p50: number
  p95: number
  p99: number
}

const percentile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : Number.NaN

function figures(latencies: number[], errors: number, seconds: number): LoadFigures {
  const s = [...latencies].sort((a, b) => a - b)
  return {
    calls: s.length,
    errors,
    perSecond: s.length / seconds,
    p50: percentile(s, 0.5),
    p95: percentile(s, 0.95),
    p99: percentile(s, 0.99),
  }
}

/**
 * A closed loop: `connections` callers each send the next request as soon as the last one answered,
 * for `seconds`. Any answer but a 200 counts as an error (and its latency is still counted).
 */
export async function closedLoop(
  connections: number,
  seconds: number,
  request: () => Promise<Response>,
): Promise<LoadFigures> {
  const latencies: number[] = []
  let errors = 0
  let firstError: string | undefined
  const started = performance.now()
  const until = started + seconds * 1000
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const t = performance.now()
        try {
          const res = await request()
          const body = await res.text()
          if (res.status !== 200) {
            errors++
            firstError ??= `${res.status} ${body.slice(0, 160)}`
          }
        } catch (e) {
          errors++
          firstError ??= String(e)
        }
        latencies.push(performance.now() - t)
      }
    }),
  )
  return { ...figures(latencies, errors, (performance.now() - started) / 1000), firstError }
}

/** `n` calls one after the other (a screen opened by one user): p50 / p95. */
export async function sequential(n: number, call: () => Promise<unknown>): Promise<LoadFigures> {
  const latencies: number[] = []
  const started = performance.now()
  for (let i = 0; i < n; i++) {
    const t = performance.now()
    await call()
    latencies.push(performance.now() - t)
  }
  return figures(latencies, 0, (performance.now() - started) / 1000)
}

export const ms = (x: number) => (x >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(1)} ms`)
export const secs = (x: number) => `${(x / 1000).toFixed(2)} s`
