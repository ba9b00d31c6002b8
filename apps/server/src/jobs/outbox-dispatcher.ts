import type { OutboxMessage, Repositories, UnitOfWork } from '@asq/domain'
import { maskedOutboxBody, nextAttempt, renderOutboxBody } from '@asq/domain'
import type { Transporter } from 'nodemailer'
import type { Logger } from '../logger'

export type Sender = (m: OutboxMessage) => Promise<void>

/**
 * Delivery: e-mail through SMTP when SMTP_URL is set; SMS has no gateway yet, so SMS (and e-mail
 * without SMTP) is written to the log, which is how development reads its login codes. Outside
 * development the log shows the message with its code or link masked.
 */
export function createSender(opts: {
  smtpUrl?: string
  from: string
  log: Logger
  /** Development only: print live codes and links in the log (there is no SMS gateway). */
  logSecrets: boolean
}): Sender {
  // nodemailer is loaded with the first e-mail, not at every start (half a second of a restart).
  let transport: Promise<Transporter> | null = null
  const smtp = (url: string) =>
    (transport ??= import('nodemailer').then((m) => (m.default ?? m).createTransport(url)))
  return async (m) => {
    if (m.channel === 'email' && opts.smtpUrl) {
      await (await smtp(opts.smtpUrl)).sendMail({
        from: opts.from,
        to: m.recipient,
        subject: m.subject,
        text: renderOutboxBody(m),
      })
      return
    }
    opts.log({
      msg: 'outbox message (logged, not sent)',
      channel: m.channel,
      to: m.recipient,
      subject: m.subject,
      body: opts.logSecrets ? renderOutboxBody(m) : maskedOutboxBody(m),
    })
  }
}

/** One pass: claim due messages (in a transaction, so two servers never claim the same), send, mark. */
export async function dispatchOnce(deps: {
  uow: UnitOfWork
  repos: Repositories
  clock: () => Date
  send: Sender
  log: Logger
  /** Development: keep a sent message's secret so HQ's outbox page can still show the code. */
  devMode?: boolean
}) {
  const claimed = await deps.uow.run((r) => r.outbox.claimDue(deps.clock(), 20))
  for (const m of claimed) {
    try {
      await deps.send(m)
      await deps.repos.outbox.markSent(m.id, deps.clock(), { keepSecret: deps.devMode === true })
    } catch (e) {
      const next = nextAttempt(m.attempts, deps.clock())
      await deps.repos.outbox.markFailed(m.id, String(e), m.attempts, next.status, next.nextAttemptAt)
      deps.log({
        level: 'warn',
        msg: 'outbox delivery failed',
        id: m.id,
        attempts: m.attempts,
        error: String(e),
      })
    }
  }
  return claimed.length
}

export function startDispatcher(
  deps: Parameters<typeof dispatchOnce>[0],
  everyMs = 2000,
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve()
  const timer = setInterval(() => {
    running = running
      .then(() => dispatchOnce(deps))
      .catch((e) => deps.log({ level: 'error', msg: 'dispatcher pass failed', error: String(e) }))
  }, everyMs)
  return async () => {
    clearInterval(timer)
    await running
  }
}
