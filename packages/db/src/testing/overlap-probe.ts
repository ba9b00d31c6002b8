import pg from 'pg'

/** The same database URL, with the connections of its pool named (pg_stat_activity.application_name). */
export function namedConnection(url: string, applicationName: string): string {
  const u = new URL(url)
  u.searchParams.set('application_name', applicationName)
  return u.toString()
}

export type OverlapReport = {
  /** How many times the probe looked. */
  samples: number
  /** Looks in which every named runner was inside an open transaction at the same instant. */
  overlaps: number
  /** Looks in which a named runner was waiting for a lock another transaction held. */
  lockWaits: number
}

/**
 * Proof that a race test raced: from a connection of its own, the probe watches pg_stat_activity while
 * the runners work and counts the moments when every runner (by application_name) had a transaction
 * open at once — both inside their critical sections, whatever the code under test looks like.
 */
export async function watchOverlap(
  url: string,
  names: string[],
): Promise<{ stop(): Promise<OverlapReport> }> {
  const client = new pg.Client({ connectionString: namedConnection(url, 'overlap-probe') })
  await client.connect()
  const report: OverlapReport = { samples: 0, overlaps: 0, lockWaits: 0 }
  let running = true
  const loop = (async () => {
    while (running) {
      const r = await client.query<{ application_name: string; wait_event_type: string | null }>(
        `select application_name, wait_event_type from pg_stat_activity
          where datname = current_database() and application_name = any($1)
            and xact_start is not null and state <> 'idle'`,
        [names],
      )
      report.samples++
      const inside = new Set(r.rows.map((x) => x.application_name))
      if (names.every((n) => inside.has(n))) report.overlaps++
      if (r.rows.some((x) => x.wait_event_type === 'Lock')) report.lockWaits++
    }
  })()
  return {
    async stop() {
      running = false
      await loop
      await client.end()
      return report
    },
  }
}
