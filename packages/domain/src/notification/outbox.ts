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
  /**
   * A live secret (a sign-in code, a survey link's token) kept apart from the body, which holds
   * SECRET_PLACEHOLDER instead. Only delivery renders it; it is cleared once the message is sent.
   */
  secret: string | null
}

export type NewOutboxMessage = Pick<OutboxMessage, 'channel' | 'recipient' | 'subject' | 'body' | 'kind'> & {
  secret?: string | null
}

/** Where a message's secret goes in its body. */
export const SECRET_PLACEHOLDER = '{{secret}}'
const MASK = '••••••'

/** The body as delivered to the person: the secret in place. Only delivery (and development) calls this. */
export const renderOutboxBody = (m: Pick<OutboxMessage, 'body' | 'secret'>) =>
  m.body.replaceAll(SECRET_PLACEHOLDER, m.secret ?? MASK)

/** The body as staff and logs may see it: the secret masked. */
export const maskedOutboxBody = (m: Pick<OutboxMessage, 'body'>) =>
  m.body.replaceAll(SECRET_PLACEHOLDER, MASK)

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
  /** Marks the message sent and forgets its secret. */
  /** keepSecret: development only, so the outbox page still shows the code after the log printed it. */
  markSent(id: string, at: Date, opts?: { keepSecret?: boolean }): Promise<void>
  markFailed(
    id: string,
    error: string,
    attempts: number,
    status: OutboxStatus,
    nextAttemptAt: Date,
  ): Promise<void>
}
