import type { HistoryRow } from '@asq/ui'

/** Where a history row opens in the station's app: only its own cases, in its queue. */
export const historyLink = (e: HistoryRow) =>
  e.kind === 'complaint' && e.own ? { name: 'complaint', params: { id: e.id } } : null
