import { type AddressInfo, createServer } from 'node:net'
import { createRepositories, createUnitOfWork, type DatabaseHandle } from '@asq/db'
import { testDatabases } from '@asq/db/testing'
import { OUTBOX_MAX_ATTEMPTS, type OutboxMessage, SECRET_PLACEHOLDER } from '@asq/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSender, dispatchOnce } from './outbox-dispatcher'

describe.each(testDatabases())('outbox dispatcher on $name', (target) => {
  let h: DatabaseHandle
  let now = new Date('2026-11-24T02:00:00Z')
  const logs: Record<string, unknown>[] = []
  beforeAll(async () => {
    h = await target.open()
  })
  afterAll(() => h.close())
  const deps = (send: (m: OutboxMessage) => Promise<void>) => ({
    uow: createUnitOfWork(h.db),
    repos: createRepositories(h.db),
    clock: () => now,
    send,
    log: (e: Record<string, unknown>) => logs.push(e),
  })

  it('sends due messages once and marks them sent', async () => {
    const repos = createRepositories(h.db)
    await repos.outbox.enqueue({
      channel: 'sms',
      recipient: '13800000009',
      subject: 's',
      body: 'hello',
      kind: 'test',
      at: now,
    })
    const sent: string[] = []
    expect(await dispatchOnce(deps(async (m) => void sent.push(m.body)))).toBe(1)
    expect(await dispatchOnce(deps(async (m) => void sent.push(m.body)))).toBe(0)
    expect(sent).toEqual(['hello'])
    expect(
      (await repos.outbox.list({ recipient: '13800000009', limit: 1, offset: 0 })).items[0],
    ).toMatchObject({ status: 'sent', attempts: 1 })
  })

  it('retries a failing delivery with back-off, then gives up', async () => {
    const repos = createRepositories(h.db)
    await repos.outbox.enqueue({
      channel: 'email',
      recipient: 'down@example.cn',
      subject: 's',
      body: 'b',
      kind: 'test',
      at: now,
    })
    const failing = deps(async () => {
      throw new Error('SMTP down')
    })
    for (let attempt = 1; attempt <= OUTBOX_MAX_ATTEMPTS; attempt++) {
      expect(await dispatchOnce(failing)).toBe(1)
      // Not due again until the back-off has passed.
      expect(await dispatchOnce(failing)).toBe(0)
      now = new Date(now.getTime() + 2 ** attempt * 60_000)
    }
    const [m] = (await repos.outbox.list({ recipient: 'down@example.cn', limit: 1, offset: 0 })).items
    expect(m).toMatchObject({
      status: 'failed',
      attempts: OUTBOX_MAX_ATTEMPTS,
      lastError: 'Error: SMTP down',
    })
    expect(logs.some((l) => l.msg === 'outbox delivery failed')).toBe(true)
  })
})

describe('delivery of messages carrying a live secret', () => {
  const message: OutboxMessage = {
    id: 'm1',
    channel: 'sms',
    recipient: '13800000001',
    subject: '登录验证码',
    body: `您的验证码是 ${SECRET_PLACEHOLDER}。Your code is ${SECRET_PLACEHOLDER}.`,
    secret: '482913',
    kind: 'login_code',
    status: 'pending',
    attempts: 1,
    nextAttemptAt: new Date(),
    createdAt: new Date(),
    sentAt: null,
    lastError: null,
  }
  it.each([
    [false, false],
    [true, true],
  ])('with logSecrets=%s the log shows the code: %s', async (logSecrets, shows) => {
    const lines: Record<string, unknown>[] = []
    await createSender({ from: 'x', log: (e) => lines.push(e), logSecrets })(message)
    expect(JSON.stringify(lines).includes('482913')).toBe(shows)
    expect(JSON.stringify(lines)).not.toContain(SECRET_PLACEHOLDER)
  })
})

/**
 * A minimal SMTP listener (greeting, EHLO, MAIL, RCPT, DATA, QUIT) on a port the OS chose: what an
 * e-mail actually carries over the wire when SMTP_URL is set (nodemailer is loaded at that first send).
 */
async function smtpListener() {
  const mails: string[] = []
  const server = createServer((socket) => {
    let data: string | null = null
    socket.write('220 test ESMTP\r\n')
    socket.on('data', (chunk) => {
      for (const line of chunk.toString('utf8').split('\r\n')) {
        if (data !== null) {
          if (line === '.') {
            mails.push(data)
            data = null
            socket.write('250 queued\r\n')
          } else data += `${line}\n`
        } else if (/^(EHLO|HELO)/i.test(line)) socket.write('250 test\r\n')
        else if (/^(MAIL|RCPT|RSET|NOOP)/i.test(line)) socket.write('250 ok\r\n')
        else if (/^DATA/i.test(line)) {
          data = ''
          socket.write('354 go on\r\n')
        } else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n')
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { mails, port: (server.address() as AddressInfo).port, close: () => server.close() }
}

describe('e-mail through SMTP', () => {
  it('sends an e-mail message to the SMTP server of SMTP_URL, not to the log', async () => {
    const smtp = await smtpListener()
    const logged: Record<string, unknown>[] = []
    try {
      const send = createSender({
        smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
        from: 'noreply@asq.example.cn',
        log: (e) => logged.push(e),
        logSecrets: false,
      })
      await send({
        id: 'm2',
        channel: 'email',
        recipient: 'zhang@example.cn',
        subject: 'Statement ready',
        body: 'Your November statement is ready.',
        secret: null,
        kind: 'statement_ready',
        status: 'pending',
        attempts: 0,
        nextAttemptAt: new Date(),
        createdAt: new Date(),
        sentAt: null,
        lastError: null,
      })
      expect(smtp.mails).toHaveLength(1)
      expect(smtp.mails[0]).toContain('To: zhang@example.cn')
      expect(smtp.mails[0]).toContain('Your November statement is ready.')
      expect(logged).toEqual([])
    } finally {
      smtp.close()
    }
  })
})
