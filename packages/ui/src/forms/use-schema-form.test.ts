import { toApiError } from '@asq/api-client/errors'
import { createQuoteInput, registerOldPartInput } from '@asq/domain'
import { describe, expect, it } from 'vitest'
import { fieldMessages, serverFieldMessages } from './use-schema-form'

const oldPart = (over: Record<string, unknown> = {}) => ({
  clientRequestId: '6f1c3a8e-2b1d-4c3e-9a7f-0d5e6b7c8d9e',
  partCode: '',
  quantity: 1,
  serial: '',
  replacedOn: '2026-12-01',
  note: null,
  ...over,
})
const issuesOf = (schema: typeof registerOldPartInput | typeof createQuoteInput, input: unknown) => {
  const r = schema.safeParse(input)
  return r.success ? [] : r.error.issues
}
const said = (m: Map<string, unknown>) => Object.fromEntries(m)

describe('field messages from the domain schema', () => {
  it('an empty old-part registration: part code and serial are required, nothing else', () => {
    const input = oldPart()
    expect(said(fieldMessages(issuesOf(registerOldPartInput, input), input))).toEqual({
      partCode: { key: 'forms.required' },
      serial: { key: 'forms.required' },
    })
  })

  it("says a bound by the schema's number and a bad format in the shared words, or the context's own", () => {
    const input = oldPart({ partCode: 'ab cd', serial: 'X', quantity: 100 })
    expect(said(fieldMessages(issuesOf(registerOldPartInput, input), input))).toEqual({
      partCode: { key: 'forms.invalid' },
      quantity: { key: 'forms.tooBig', n: '99' },
    })
    const own = () => '数量 1–99'
    expect(
      fieldMessages(issuesOf(registerOldPartInput, input), input, { quantity: own }).get('quantity'),
    ).toEqual({ own })
  })

  it('an empty quote: product line and purchase date are required, and the work is missing', () => {
    const input = {
      clientRequestId: '6f1c3a8e-2b1d-4c3e-9a7f-0d5e6b7c8d9e',
      productLineCode: '',
      serial: '',
      purchaseDate: '',
      deliveryDate: null,
      usage: 0,
      repairDate: '2026-12-01',
      parts: [],
      labour: [],
      callout: false,
      extras: [],
      vin: null,
    }
    expect([...fieldMessages(issuesOf(createQuoteInput, input), input).keys()]).toEqual([
      'productLineCode',
      'purchaseDate',
      'parts',
    ])
    const filled = { ...input, productLineCode: 'H5', purchaseDate: '2024-06-20' }
    const own = () => '请至少添加一个配件、工时、外出服务或附加服务'
    expect(said(fieldMessages(issuesOf(createQuoteInput, filled), filled, { parts: own }))).toEqual({
      parts: { own },
    })
  })

  it("puts the server's field errors on the same paths: a refused field as a client check, a domain error as sent", () => {
    const clientError = (data: unknown) => Object.assign(new Error('x'), { name: 'TRPCClientError', data })
    const refused = toApiError(
      clientError({ domainCode: 'INPUT.INVALID', fieldErrors: { 'parts.0.partCode': 'a part code' } }),
    )
    expect(said(serverFieldMessages(refused))).toEqual({
      'parts.0.partCode': { key: 'forms.invalid', en: 'a part code' },
    })
    const domain = toApiError(
      clientError({ domainCode: 'FEE.UNKNOWN_PART', fieldErrors: { partCode: '配件不存在' } }),
    )
    expect(said(serverFieldMessages(domain))).toEqual({
      partCode: { text: '配件不存在', domainKey: 'errors.FEE_UNKNOWN_PART' },
    })
  })
})
