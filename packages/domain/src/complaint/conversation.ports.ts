import type { NewThreadMessage, ThreadMessage } from './conversation'

export interface ComplaintMessageRepository {
  add(m: NewThreadMessage): Promise<ThreadMessage>
  /** The case's whole thread, oldest first (the order it was written in). */
  forComplaint(complaintId: string): Promise<ThreadMessage[]>
  /** Whether a public message of the complaint carries this attachment (the customer may then read it). */
  publiclyAttached(complaintId: string, attachmentId: string): Promise<boolean>
}
