import { randomUUID } from 'node:crypto'
import { complaintFixtures } from '../complaint.fixtures'
import type { MatrixRow, MatrixRows } from '../matrix.types'
import { customerOnly, deskStaff, stationStaff } from './complaint.rows'

/**
 * The conversation on a case (issue 17). Reading or writing on another case — another customer's, another
 * station's, a missing one — is NOT_FOUND; a supplier (and finance) reach no thread at all.
 */
const thread: MatrixRow['input'] = async (fx, p, t) => ({
  complaintId: (await complaintFixtures(fx).complaint(p, t)).id,
})
const post: MatrixRow['input'] = async (fx, p, t) => ({
  complaintId: (await complaintFixtures(fx).complaint(p, t, { status: 'in_progress' })).id,
  idempotencyKey: randomUUID(),
  body: '请问配件什么时候到？ When do the parts arrive?',
})

export const complaintThreadRows: MatrixRows = {
  'complaint.my.thread': { scoped: true, input: thread, expect: customerOnly(true) },
  'complaint.my.post': { scoped: true, input: post, expect: customerOnly(true) },
  'complaint.station.thread': { scoped: true, input: thread, expect: stationStaff(true) },
  'complaint.station.post': { scoped: true, input: post, expect: stationStaff(true) },
  'complaint.desk.thread': { scoped: true, input: thread, expect: deskStaff(true) },
  'complaint.desk.post': { scoped: true, input: post, expect: deskStaff(true) },
}
