import type { MatrixRows } from '../../matrix.types'

/** The authorization rows of the improvement loop's exam part. */
export const examRows: MatrixRows = {}
