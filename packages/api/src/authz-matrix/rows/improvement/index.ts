import type { MatrixRows } from '../../matrix.types'
import { examRows } from './exam.rows'
import { learningRows } from './learning.rows'
import { liaisonRows } from './liaison.rows'
import { meetingRows } from './meeting.rows'
import { noticeRows } from './notice.rows'

/** Every procedure of the improvement router, one row each, by part. */
export const improvementRows: MatrixRows = {
  ...meetingRows,
  ...noticeRows,
  ...liaisonRows,
  ...learningRows,
  ...examRows,
}
