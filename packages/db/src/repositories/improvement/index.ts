import type { ImprovementRepositories } from '@asq/domain'
import type { Database } from '../../client'

/** The improvement context's repositories, one per part of the loop (meeting, notice, liaison, learning, exam). */
export function improvementRepositories(_db: Database): ImprovementRepositories {
  return {}
}
