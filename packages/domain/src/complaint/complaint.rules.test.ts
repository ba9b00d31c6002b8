import { describe, expect, it } from 'vitest'
import { assertAcceptableUpload, sniffMime } from '../files/file.rules'
import { DEFAULT_SLA_SETTINGS } from '../sla/sla.policy'
import { assertMayApprove, authorityOf, compensationStatusFor } from './compensation.rules'
import { customerProgress, customerTimeline } from './complaint.customer-view'
import type { ComplaintEvent } from './complaint.entity'
import { escalationOwner, nextEscalationLevel } from './complaint.escalation'
import { assertPartsRequestStep, partsRequestLinesSchema } from './parts-request.rules'

describe('parts-support requests', () => {
  const line = (n: number) => ({ partCode: `P${n}`, partName: `Part ${n}`, quantity: 1 })
  it.each([
    [0, false],
    [1, true],
    [6, true],
    [7, false],
  ])('%i lines accepted: %s', (n, ok) => {
    expect(partsRequestLinesSchema.safeParse(Array.from({ length: n }, (_, i) => line(i))).success).toBe(ok)
  })
  it('refuses negative or fractional quantities', () => {
    expect(partsRequestLinesSchema.safeParse([{ ...line(1), quantity: -1 }]).success).toBe(false)
    expect(partsRequestLinesSchema.safeParse([{ ...line(1), quantity: 1.5 }]).success).toBe(false)
  })
  it.each([
    ['requested', 'confirmed', true],
    ['confirmed', 'shipped', true],
    ['shipped', 'received', true],
    ['requested', 'shipped', false],
    ['received', 'requested', false],
  ] as const)('%s → %s allowed: %s', (from, to, ok) => {
    if (ok) expect(() => assertPartsRequestStep(from, to)).not.toThrow()
    else expect(() => assertPartsRequestStep(from, to)).toThrow()
  })
})

describe('goodwill within approval authority', () => {
  const s = DEFAULT_SLA_SETTINGS
  it.each([
    [['dealer_staff'], 20_000, 'approved'],
    [['dealer_staff'], 20_001, 'pending_approval'],
    [['dealer_manager'], 100_000, 'approved'],
    [['dealer_manager'], 150_000, 'pending_approval'],
    [['hq_service'], 400_000, 'approved'],
    [['hq_quality'], 1, 'pending_approval'],
  ] as const)('%j granting %i fen → %s', (roles, amount, status) => {
    expect(compensationStatusFor(amount, roles, s)).toBe(status)
  })
  it('takes the highest authority among the roles', () => {
    expect(authorityOf(['dealer_staff', 'dealer_manager'], s)).toBe(100_000)
  })
  it('lets only a covering authority approve, never the proposer', () => {
    expect(() => assertMayApprove(150_000, ['dealer_manager'], s, false)).toThrow(
      'above your approval authority',
    )
    expect(() => assertMayApprove(150_000, ['hq_service'], s, false)).not.toThrow()
    expect(() => assertMayApprove(100, ['hq_admin'], s, true)).toThrow('yourself')
  })
})

describe('what the customer sees', () => {
  const ev = (
    type: string,
    visibility: 'customer' | 'internal',
    data: Record<string, unknown> = {},
  ): ComplaintEvent => ({
    id: type,
    complaintId: 'c',
    at: new Date('2026-11-24T00:00:00Z'),
    type,
    visibility,
    actorLabel: 'x',
    data,
  })
  it('shows customer events only, without internal fields', () => {
    const t = customerTimeline([
      ev('opened', 'customer'),
      ev('note', 'internal', { note: 'customer is difficult' }),
      ev('countermeasure', 'internal', { countermeasure: 'x' }),
      ev('resolved', 'customer', { result: 'replaced', internalCost: 123 }),
    ])
    expect(t.map((e) => e.type)).toEqual(['opened', 'resolved'])
    expect(t[1]!.data).toEqual({ result: 'replaced' })
    expect(JSON.stringify(t)).not.toContain('difficult')
  })
  it('says what is next and by when', () => {
    const due = new Date('2026-11-25T00:00:00Z')
    const clocks = [
      {
        clock: 'response' as const,
        cycle: 1,
        startedAt: due,
        dueAt: due,
        stoppedAt: null,
        state: 'running' as const,
        remainingMs: 1,
        budgetMs: 1,
        nearBreach: false,
        owner: 'station' as const,
        pauses: [],
      },
    ]
    expect(customerProgress({ status: 'new' }, clocks)).toMatchObject({
      dueAt: due,
      dueKind: 'first_contact',
      status: { en: 'Received; the station will contact you' },
    })
    const resolution = [{ ...clocks[0]!, clock: 'resolution' as const }]
    expect(customerProgress({ status: 'in_progress' }, resolution)).toMatchObject({
      dueAt: due,
      dueKind: 'completion',
    })
    // Past the first contact, the response deadline is no completion date.
    expect(customerProgress({ status: 'in_progress' }, clocks).dueAt).toBeNull()
    expect(customerProgress({ status: 'closed' }, clocks).dueAt).toBeNull()
  })
  it.each([
    ['new', false],
    ['in_progress', false],
    ['resolved', true],
    ['follow_up', true],
    ['closed', true],
  ] as const)('the recorded result stands while %s: %s', (status, stands) => {
    expect(customerProgress({ status }, []).resultStands).toBe(stands)
  })
  it("reads the customer's own follow-up comment back to them, never a staff member's note", () => {
    const t = customerTimeline([
      ev('follow_up_recorded', 'customer', { satisfied: false, note: '灯还是闪', by: 'customer' }),
      ev('follow_up_recorded', 'customer', { satisfied: true, note: '客户说可以 (staff)', by: 'staff' }),
    ])
    expect(t.map((e) => e.data)).toEqual([{ satisfied: false, note: '灯还是闪' }, { satisfied: true }])
  })
})

describe('escalation levels', () => {
  it.each([
    [0, 1, 'region'],
    [1, 2, 'hq_service'],
    [2, 3, 'hq_management'],
    [3, 3, 'hq_management'],
  ])('from level %i the next is %i (%s)', (from, to, owner) => {
    expect(nextEscalationLevel(from)).toBe(to)
    expect(escalationOwner(to)).toBe(owner)
  })
})

describe('uploads are judged by content', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])
  const pdf = new TextEncoder().encode('%PDF-1.7 ...')
  const exe = new TextEncoder().encode('MZ\x90\x00 evil')
  it.each([
    ['png', png, 'image/png'],
    ['pdf', pdf, 'application/pdf'],
    ['jpeg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'],
    ['an exe named photo.jpg', exe, null],
    ['RIFF that is not WEBP', new TextEncoder().encode('RIFF\x00\x00\x00\x00WAVE'), null],
  ])('%s → %s', (_n, bytes, mime) => {
    expect(sniffMime(bytes)).toBe(mime)
  })
  it('refuses empty, oversized and unknown files', () => {
    expect(() => assertAcceptableUpload(new Uint8Array())).toThrow('empty')
    expect(() => assertAcceptableUpload(exe)).toThrow('Only photos')
    const big = new Uint8Array(5 * 1024 * 1024 + 1)
    big.set(png)
    expect(() => assertAcceptableUpload(big)).toThrow('5 MB')
  })
})
