import type { MatrixRows } from '../../matrix.types'

/** The authorization rows of the improvement loop's learning part. */
export const learningRows: MatrixRows = {}
