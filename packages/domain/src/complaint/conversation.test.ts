import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { STATUSES, type Status } from './complaint.status'
import {
  authorKindOf,
  customerReplied,
  decidePost,
  MESSAGE_BODY_MAX,
  MESSAGE_FILES_MAX,
  type MessageAuthorKind,
  type MessageVisibility,
  messageBody,
  messageRecipients,
  postableVisibilities,
  postMessageInput,
  type ThreadViewer,
  visibleTo,
} from './conversation'

/** Issue 17, the conversation on a case: who writes what, who reads what, and what a message moves. */
const m = (id: string, visibility: MessageVisibility) => ({ id, visibility })
const thread = [m('a', 'public'), m('b', 'internal'), m('c', 'public'), m('d', 'internal')]

const codeOf = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    const d = e as { code: string; kind: string; field?: string; details?: unknown }
    return { code: d.code, kind: d.kind, field: d.field, details: d.details }
  }
  return null
}

describe('visibleTo: who reads which message', () => {
  it.each<[ThreadViewer, string[]]>([
    ['staff', ['a', 'b', 'c', 'd']],
    ['customer', ['a', 'c']],
    ['supplier', []],
  ])('%s reads %j, in the order written', (viewer, ids) => {
    expect(visibleTo(viewer, thread).map((x) => x.id)).toEqual(ids)
  })
  it('an empty thread is empty for everyone; staff get a copy, not the stored array', () => {
    for (const v of ['staff', 'customer', 'supplier'] as const) expect(visibleTo(v, [])).toEqual([])
    expect(visibleTo('staff', thread)).not.toBe(thread)
  })
  it('property: the customer’s view never holds an internal note and drops no public message', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.uuid(), visibility: fc.constantFrom('public', 'internal') })),
        (msgs) => {
          const seen = visibleTo('customer', msgs)
          expect(seen.some((x) => x.visibility === 'internal')).toBe(false)
          expect(seen).toEqual(msgs.filter((x) => x.visibility === 'public'))
          expect(visibleTo('supplier', msgs)).toEqual([])
          expect(visibleTo('staff', msgs)).toEqual(msgs)
        },
      ),
    )
  })
})

describe('messageBody: trimmed, not empty, at most the limit in characters', () => {
  const max = MESSAGE_BODY_MAX
  it.each([
    ['  灯还是闪  ', '灯还是闪'],
    ['\n第二行\n换行保留\n', '第二行\n换行保留'],
    ['a', 'a'],
    ['车'.repeat(max), '车'.repeat(max)],
    [` ${'x'.repeat(max)} `, 'x'.repeat(max)],
    // An emoji is one character, though two UTF-16 units.
    ['😀'.repeat(max), '😀'.repeat(max)],
  ])('%j → %j', (raw, body) => {
    expect(messageBody(raw)).toBe(body)
  })
  it.each([
    ['', 'THREAD.BODY_EMPTY', undefined],
    ['   \n\t ', 'THREAD.BODY_EMPTY', undefined],
    ['车'.repeat(max + 1), 'THREAD.BODY_TOO_LONG', { max, length: max + 1 }],
    ['x'.repeat(max + 1), 'THREAD.BODY_TOO_LONG', { max, length: max + 1 }],
  ])('refuses %#: %s naming the field body', (raw, code, details) => {
    expect(codeOf(() => messageBody(raw))).toEqual({ code, kind: 'BAD_INPUT', field: 'body', details })
  })
  it('says the limit in the message', () => {
    expect(() => messageBody('x'.repeat(max + 1))).toThrow(`at most ${max} characters`)
    expect(() => messageBody(' ')).toThrow('Write a message')
  })
})

describe('authorKindOf', () => {
  it.each([
    [{ kind: 'customer' as const }, 'customer'],
    [{ kind: 'staff' as const, orgKind: 'dealer' as const }, 'station'],
    [{ kind: 'staff' as const, orgKind: 'hq' as const }, 'hq'],
  ])('%j writes as %s', (actor, kind) => {
    expect(authorKindOf(actor)).toBe(kind)
  })
  it('a supplier is no party to the conversation', () => {
    expect(codeOf(() => authorKindOf({ kind: 'staff', orgKind: 'supplier' }))).toEqual({
      code: 'THREAD.NOT_A_PARTY',
      kind: 'FORBIDDEN',
      field: undefined,
      details: undefined,
    })
  })
})

describe('decidePost: who may post what, in which status', () => {
  const post = (status: Status, author: MessageAuthorKind, visibility: MessageVisibility, body = ' 好的 ') =>
    decidePost({ status }, author, { visibility, body })

  it.each(STATUSES.filter((s) => s !== 'closed'))('open case (%s): staff write both kinds', (status) => {
    for (const author of ['station', 'hq'] as const)
      for (const visibility of ['public', 'internal'] as const)
        expect(post(status, author, visibility)).toEqual({ visibility, body: '好的', resume: false })
  })
  it.each(STATUSES.filter((s) => s !== 'closed'))(
    'open case (%s): the customer writes publicly',
    (status) => {
      expect(post(status, 'customer', 'public')).toEqual({
        visibility: 'public',
        body: '好的',
        resume: status === 'awaiting_customer',
      })
    },
  )
  it.each(STATUSES)('%s: a customer never writes an internal note', (status) => {
    expect(codeOf(() => post(status, 'customer', 'internal'))).toMatchObject({
      code: 'THREAD.CUSTOMER_INTERNAL',
      kind: 'FORBIDDEN',
      field: 'visibility',
    })
  })
  it('a closed case: the customer cannot write, staff only internal notes', () => {
    expect(codeOf(() => post('closed', 'customer', 'public'))).toMatchObject({
      code: 'THREAD.CLOSED',
      kind: 'PRECONDITION',
      field: 'body',
    })
    for (const author of ['station', 'hq'] as const) {
      expect(codeOf(() => post('closed', author, 'public'))).toMatchObject({
        code: 'THREAD.CLOSED_PUBLIC',
        kind: 'PRECONDITION',
        field: 'visibility',
      })
      expect(post('closed', author, 'internal')).toEqual({
        visibility: 'internal',
        body: '好的',
        resume: false,
      })
    }
  })
  it('the body is checked before the case status (an empty message is the field’s error)', () => {
    expect(codeOf(() => post('closed', 'station', 'internal', '  '))).toMatchObject({
      code: 'THREAD.BODY_EMPTY',
    })
    expect(codeOf(() => post('in_progress', 'customer', 'public', ''))).toMatchObject({
      code: 'THREAD.BODY_EMPTY',
    })
  })
  it('staff writing while the case waits for the customer does not resume it', () => {
    expect(post('awaiting_customer', 'station', 'public').resume).toBe(false)
    expect(post('awaiting_customer', 'hq', 'internal').resume).toBe(false)
  })
})

describe('customerReplied: the answer the case waited for', () => {
  it('moves awaiting_customer to in_progress, with a status event and one the customer sees', () => {
    expect(customerReplied({ status: 'awaiting_customer' }, 'm1')).toEqual({
      patch: { status: 'in_progress' },
      events: [
        {
          type: 'status',
          visibility: 'internal',
          data: { from: 'awaiting_customer', to: 'in_progress', reason: 'customer replied' },
        },
        { type: 'customer_replied', visibility: 'customer', data: { messageId: 'm1' } },
      ],
    })
  })
  it.each(STATUSES.filter((s) => s !== 'awaiting_customer'))('refuses from %s', (status) => {
    expect(codeOf(() => customerReplied({ status }, 'm1'))).toMatchObject({
      code: 'COMPLAINT.NOT_WAITING',
      kind: 'PRECONDITION',
    })
  })
})

describe('messageRecipients: who hears of a message', () => {
  const c = { customerId: 'cust', stationId: 'st', ownerId: null }
  it.each([
    ['customer → the owner', { ...c, ownerId: 'u1' }, 'customer', 'public', { userIds: ['u1'] }],
    ['customer, no owner → the station', c, 'customer', 'public', { stationId: 'st' }],
    [
      'customer, owner null → the station',
      { ...c, ownerId: null },
      'customer',
      'public',
      { stationId: 'st' },
    ],
    ['customer, no station → nobody', { ...c, stationId: null }, 'customer', 'public', {}],
    [
      'customer, owner away → the station',
      { ...c, ownerId: 'u1' },
      'customer',
      'public',
      { stationId: 'st' },
      true,
    ],
    [
      'customer, HQ owner away, no station → still the owner',
      { ...c, ownerId: 'u1', stationId: null },
      'customer',
      'public',
      { userIds: ['u1'] },
      true,
    ],
    [
      'station public, owner away → the customer',
      { ...c, ownerId: 'u1' },
      'station',
      'public',
      { customerIds: ['cust'] },
      true,
    ],
    ['station public → the customer', c, 'station', 'public', { customerIds: ['cust'] }],
    ['HQ public → the customer', { ...c, ownerId: 'u1' }, 'hq', 'public', { customerIds: ['cust'] }],
    ['station internal → nobody', c, 'station', 'internal', {}],
    ['HQ internal → nobody', { ...c, ownerId: 'u1' }, 'hq', 'internal', {}],
  ] as const)('%s', (_, complaint, authorKind, visibility, want, away?: boolean) => {
    expect(messageRecipients(complaint, { authorKind, visibility }, away)).toEqual({
      userIds: [],
      customerIds: [],
      stationId: null,
      ...want,
    })
  })
})

describe('postMessageInput', () => {
  const base = { complaintId: crypto.randomUUID(), idempotencyKey: crypto.randomUUID(), body: '你好' }
  it('defaults to a public message without files', () => {
    expect(postMessageInput.parse(base)).toEqual({ ...base, visibility: 'public', uploadIds: [] })
  })
  it.each([
    ['visibility', { visibility: 'secret' }],
    ['uploadIds', { uploadIds: Array.from({ length: MESSAGE_FILES_MAX + 1 }, () => crypto.randomUUID()) }],
    ['uploadIds.0', { uploadIds: ['x'] }],
    ['body', { body: 'x'.repeat(MESSAGE_BODY_MAX * 4 + 1) }],
    ['idempotencyKey', { idempotencyKey: 'k' }],
    ['complaintId', { complaintId: 'c' }],
  ])('refuses a bad %s', (path, patch) => {
    const r = postMessageInput.safeParse({ ...base, ...patch })
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual([path])
  })
  it('takes the most files allowed', () => {
    const uploadIds = Array.from({ length: MESSAGE_FILES_MAX }, () => crypto.randomUUID())
    expect(postMessageInput.parse({ ...base, uploadIds }).uploadIds).toEqual(uploadIds)
  })
})

describe('postableVisibilities: what the composer offers', () => {
  it.each<[Status, MessageAuthorKind, MessageVisibility[]]>([
    ['in_progress', 'customer', ['public']],
    ['awaiting_customer', 'customer', ['public']],
    ['closed', 'customer', []],
    ['new', 'station', ['public', 'internal']],
    ['follow_up', 'hq', ['public', 'internal']],
    ['closed', 'station', ['internal']],
    ['closed', 'hq', ['internal']],
  ])('%s, %s → %j', (status, author, kinds) => {
    expect(postableVisibilities(status, author)).toEqual(kinds)
  })
})
