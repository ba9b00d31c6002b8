import type { MatrixRows } from '../../matrix.types'

/** The authorization rows of the improvement loop's liaison part. */
export const liaisonRows: MatrixRows = {}
