import { describe, expect, it } from 'vitest'
import {
  answerTechSupportInput,
  customerConfirmInput,
  decideCompensationInput,
  fileComplaintInput,
  intakeComplaintInput,
  listComplaintsInput,
  openedRange,
  partsRequestStepInput,
  storySchema,
  uploadEvidenceInput,
} from './complaint.schema'

/** Inputs at their limits: what is trimmed, what is defaulted, where one character too many is refused. */
const ID = '11111111-1111-4111-8111-111111111111'
const filed = {
  clientRequestId: '22222222-2222-4222-8222-222222222222',
  cause: 'repair_quality',
  stationId: ID,
  summary: '大灯闪烁',
  description: '夜间行驶时左前大灯闪烁',
}
const firstIssue = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.success ? 'ok' : r.error!.issues.map((i) => i.path.join('.')).join(',')

describe('filing a complaint', () => {
  it('defaults the kind to an appeal and trims the texts', () => {
    expect(fileComplaintInput.parse({ ...filed, summary: '  大灯闪烁  ' })).toEqual({
      ...filed,
      kind: 'appeal',
    })
  })
  it.each([
    ['summary', '', 'summary'],
    ['summary', '   ', 'summary'],
    ['summary', 'x'.repeat(120), 'ok'],
    ['summary', 'x'.repeat(121), 'summary'],
    ['description', 'x'.repeat(4000), 'ok'],
    ['description', 'x'.repeat(4001), 'description'],
    ['description', '', 'description'],
    ['stationId', 'not-a-uuid', 'stationId'],
    ['vehicleId', 'not-a-uuid', 'vehicleId'],
  ])('%s, row %#', (field, value, expected) => {
    expect(firstIssue(fileComplaintInput.safeParse({ ...filed, [field]: value }))).toBe(expected)
  })
  it('the desk intake defaults severity to general and needs the customer’s name and contact', () => {
    const intake = { ...filed, channel: 'phone', customerName: ' 张三 ', customerContact: '13800138000' }
    expect(intakeComplaintInput.parse(intake)).toMatchObject({
      severity: 'general',
      kind: 'appeal',
      customerName: '张三',
    })
    expect(firstIssue(intakeComplaintInput.safeParse({ ...intake, customerName: '' }))).toBe('customerName')
    expect(firstIssue(intakeComplaintInput.safeParse({ ...intake, customerName: 'x'.repeat(61) }))).toBe(
      'customerName',
    )
  })
})

describe('the customer’s story', () => {
  const story = {
    what: '大灯闪烁',
    when: '昨晚',
    where: '',
    who: '',
    tools: '',
    otherParties: '',
    confirmedByCustomer: false,
  }
  it('trims every field', () => {
    expect(storySchema.parse({ ...story, when: '  昨晚 ', where: ' 高速 ' })).toMatchObject({
      when: '昨晚',
      where: '高速',
    })
  })
  it.each([
    ['what', '', 'what'],
    ['what', 'x'.repeat(2001), 'what'],
    ['when', 'x'.repeat(200), 'ok'],
    ['when', 'x'.repeat(201), 'when'],
    ['where', 'x'.repeat(201), 'where'],
    ['who', 'x'.repeat(501), 'who'],
    ['tools', 'x'.repeat(501), 'tools'],
    ['otherParties', 'x'.repeat(2000), 'ok'],
    ['otherParties', 'x'.repeat(2001), 'otherParties'],
  ])('%s, row %#', (field, value, expected) => {
    expect(firstIssue(storySchema.safeParse({ ...story, [field]: value }))).toBe(expected)
  })
})

describe('the desk list filters', () => {
  it.each([
    [{ region: '华北' }, 'ok'],
    [{ region: '' }, 'region'],
    [{ region: 'x'.repeat(60) }, 'ok'],
    [{ region: 'x'.repeat(61) }, 'region'],
    [{ openedFrom: '2026-02-30' }, 'openedFrom'],
    [{ cause: 'weather' }, 'cause'],
  ])('%j → %s', (input, expected) => {
    expect(firstIssue(listComplaintsInput.safeParse(input))).toBe(expected)
  })
  it('a China-date range covers the first day from midnight to the midnight after the last', () => {
    expect(openedRange({ openedFrom: '2026-11-01', openedTo: '2026-11-30' })).toEqual({
      openedSince: new Date('2026-10-31T16:00:00Z'),
      openedBefore: new Date('2026-11-30T16:00:00Z'),
    })
    expect(openedRange({})).toEqual({ openedSince: undefined, openedBefore: undefined })
  })
})

describe('the other complaint inputs', () => {
  const v = { id: ID, version: 3 }
  it.each([
    [customerConfirmInput, { ...v, solved: false, comment: ' 还是闪 ' }, 'ok'],
    [customerConfirmInput, { ...v, solved: false, comment: 'x'.repeat(1001) }, 'comment'],
    [customerConfirmInput, { ...v, solved: 'no', comment: '' }, 'solved'],
    [answerTechSupportInput, { requestId: ID, answer: '更换继电器' }, 'ok'],
    [answerTechSupportInput, { requestId: ID, answer: ' ' }, 'answer'],
    [answerTechSupportInput, { requestId: 'x', answer: 'a' }, 'requestId'],
    [decideCompensationInput, { compensationId: ID, approve: true, note: '' }, 'ok'],
    [decideCompensationInput, { compensationId: 'x', approve: true, note: '' }, 'compensationId'],
    [partsRequestStepInput, { requestId: ID, to: 'shipped' }, 'ok'],
    [partsRequestStepInput, { requestId: ID, to: 'confirmed' }, 'ok'],
    [partsRequestStepInput, { requestId: ID, to: 'received' }, 'ok'],
    [partsRequestStepInput, { requestId: ID, to: 'requested' }, 'to'],
  ] as const)('%#: → %s', (schema, input, expected) => {
    expect(firstIssue((schema as typeof customerConfirmInput).safeParse(input))).toBe(expected)
  })
  it('the customer’s comment is trimmed', () => {
    expect(customerConfirmInput.parse({ ...v, solved: false, comment: ' 还是闪 ' }).comment).toBe('还是闪')
  })
  it('evidence names its complaint', () => {
    expect(uploadEvidenceInput.safeParse({}).success).toBe(false)
  })
})
