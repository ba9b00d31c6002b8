import { MINUTE } from '../shared/clock'

/**
 * Everything we tell a person (login codes, status changes, survey links) goes through the outbox in
 * the same transaction as the change; a dispatcher delivers it later and retries failures.
 */
export type OutboxChannel = 'sms' | 'email'
export type OutboxStatus = 'pending' | 'sent' | 'failed'

export type OutboxMessage = {
  id: string
  channel: OutboxChannel
  recipient: string
  subject: string
  body: string
  kind: string
  status: OutboxStatus
  attempts: number
  nextAttemptAt: Date
  createdAt: Date
  sentAt: Date | null
  lastError: string | null
}

export type NewOutboxMessage = Pick<OutboxMessage, 'channel' | 'recipient' | 'subject' | 'body' | 'kind'>

export const OUTBOX_MAX_ATTEMPTS = 6

/** Exponential back-off: 1, 2, 4, 8, 16 minutes; after the last attempt the message is marked failed. */
export function nextAttempt(attempts: number, now: Date): { status: OutboxStatus; nextAttemptAt: Date } {
  if (attempts >= OUTBOX_MAX_ATTEMPTS) return { status: 'failed', nextAttemptAt: now }
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + 2 ** (attempts - 1) * MINUTE) }
}

export interface OutboxRepository {
  enqueue(m: NewOutboxMessage & { at: Date }): Promise<{ id: string }>
  list(filter: {
    recipient?: string
    limit: number
    offset: number
  }): Promise<{ items: OutboxMessage[]; total: number }>
  /** Claims due messages so that two dispatchers never send the same one. */
  claimDue(now: Date, limit: number): Promise<OutboxMessage[]>
  markSent(id: string, at: Date): Promise<void>
  markFailed(
    id: string,
    error: string,
    attempts: number,
    status: OutboxStatus,
    nextAttemptAt: Date,
  ): Promise<void>
}
