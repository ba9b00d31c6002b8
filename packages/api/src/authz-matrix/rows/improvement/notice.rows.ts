import type { MatrixRows } from '../../matrix.types'

/** The authorization rows of the improvement loop's notice part. */
export const noticeRows: MatrixRows = {}
