import { type Notice, noticeSchema } from '../sla.notice'
import notice2025 from './state-council-2025.json'
import notice2026 from './state-council-2026.json'

/**
 * The State Council holiday notices shipped with the platform as data files, loadable in one click.
 * Next year's notice (published each autumn) is one more JSON file here.
 */
export const SHIPPED_NOTICES: Readonly<Record<number, Notice>> = Object.fromEntries(
  [notice2025, notice2026].map((n) => {
    const { source: _source, ...notice } = n
    return [n.year, noticeSchema.parse(notice)]
  }),
)
export const SHIPPED_NOTICE_YEARS = Object.keys(SHIPPED_NOTICES).map(Number)
