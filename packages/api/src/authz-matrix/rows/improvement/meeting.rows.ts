import type { MatrixRows } from '../../matrix.types'

/** The authorization rows of the improvement loop's meeting part. */
export const meetingRows: MatrixRows = {}
