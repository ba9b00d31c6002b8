import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findPersonalData, maskPersonalData, type PersonalData } from './personal-data'

const LI_NA: PersonalData = {
  name: '李娜',
  phone: '13800000002',
  plate: '京A12345',
  vin: 'LHX7B2345N0000002',
}
const kinds = (text: string, p = LI_NA) => findPersonalData(text, p).map((f) => f.kind)

describe('findPersonalData: the customer named or identified in a text', () => {
  it.each([
    ['nothing personal', '客户反映大灯闪烁，站内调整后仍未解决。', []],
    ['the name', '李娜女士来电投诉', ['name']],
    ['the name with a space inside', '客户 李 娜 来电', ['name']],
    ['the phone in full', '请回电 13800000002', ['phone']],
    ['the phone with +86 and dashes', '+86 138-0000-0002', ['phone']],
    ['the phone with spaces', '138 0000 0002', ['phone']],
    ['the phone in full-width digits', '１３８０００００００２', ['phone']],
    ['the last 8 digits of the phone', '尾号 0000 0002 的客户', ['phone']],
    ['only 7 of its digits', '尾号 000 0002', []],
    ['the plate as registered', '车牌京A12345', ['plate']],
    ['the plate with the middle dot, lower case', '京a·12345', ['plate']],
    ['the plate with a dash and spaces', '京 A-123 45', ['plate']],
    ['the plate without its province', 'A12345 的车', ['plate']],
    ['another plate', '京A54321', []],
    ['the VIN', 'VIN LHX7B2345N0000002', ['vin']],
    ['the VIN lower case with spaces', 'lhx7b 2345n 0000002', ['vin']],
    ['everything at once', '李娜 13800000002 京A12345 LHX7B2345N0000002', ['name', 'phone', 'plate', 'vin']],
    ['twice the phone', '13800000002 / 13800000002', ['phone', 'phone']],
  ] as const)('%s', (_, text, expected) => {
    expect(kinds(text)).toEqual(expected)
  })

  it.each([
    ['the Chinese name alone', '李娜来电', ['name']],
    ['the Latin name alone, any case', 'Ms LI NA called', ['name']],
    ['both', '李娜 Li Na', ['name']],
    ['neither', '李先生 Mr Li', []],
  ] as const)('a bilingual profile name (李娜 Li Na): %s', (_, text, expected) => {
    expect(kinds(text, { ...LI_NA, name: '李娜 Li Na' })).toEqual(expected)
  })

  it('says where each leak is, in the text as written', () => {
    const text = '请回电 138-0000-0002 谢谢'
    const [f] = findPersonalData(text, LI_NA)
    expect(f).toEqual({ kind: 'phone', index: 4, length: 13 })
    expect(text.slice(f!.index, f!.index + f!.length)).toBe('138-0000-0002')
  })

  it.each([
    ['no data at all', { name: null, phone: null, plate: null, vin: null }],
    ['a one-character name', { name: '李', phone: null, plate: null, vin: null }],
    ['an e-mail customer without a phone', { name: null, phone: 'li@example.com', plate: null, vin: null }],
  ] as const)('searches nothing it cannot recognise: %s', (_, p) => {
    expect(findPersonalData('李娜 13800000002 京A12345 李先生', p)).toEqual([])
  })
})

/** Random text around the data: letters, Chinese, punctuation, spaces and digits. */
const filler = fc.string({
  unit: fc.constantFrom(...'abcXYZ 客户反映大灯闪烁，。！0123456789-·'.split('')),
  maxLength: 40,
})
const CUSTOMER: PersonalData = {
  name: '王建国',
  phone: '13912345678',
  plate: '沪B7K9Q2',
  vin: 'LHX5A9876N0001234',
}
/** The phone as a handler might type it: separators between any digits, with or without +86. */
const typedPhone = fc
  .tuple(fc.boolean(), fc.array(fc.constantFrom('', ' ', '-', ' - ', '.'), { minLength: 11, maxLength: 11 }))
  .map(
    ([cc, seps]) =>
      (cc ? '+86 ' : '') + [...'13912345678'].map((d, i) => d + (i < 10 ? seps[i] : '')).join(''),
  )
const typedPlate = fc
  .tuple(fc.constantFrom('', ' ', '·', '-'), fc.constantFrom('', ' '), fc.boolean())
  .map(([a, b, lower]) => {
    const p = `沪${a}B${b}7K9Q2`
    return lower ? p.toLowerCase() : p
  })

describe('properties of the anonymisation check', () => {
  it('the phone or plate inserted anywhere, however typed, is always found', () => {
    fc.assert(
      fc.property(filler, filler, fc.oneof(typedPhone, typedPlate), (before, after, datum) => {
        const found = kinds(`${before}${datum}${after}`, CUSTOMER)
        expect(found).toContain(datum.includes('B') || datum.includes('b') ? 'plate' : 'phone')
      }),
    )
  })

  it('text without the customer’s data passes', () => {
    fc.assert(
      fc.property(filler, (text) => {
        expect(findPersonalData(text, CUSTOMER)).toEqual([])
      }),
    )
  })

  it('a masked text never leaks, and text without data is left as it was', () => {
    fc.assert(
      fc.property(filler, filler, fc.oneof(typedPhone, typedPlate, fc.constant('王建国')), (a, b, datum) => {
        expect(findPersonalData(maskPersonalData(`${a}${datum}${b}`, CUSTOMER), CUSTOMER)).toEqual([])
        expect(maskPersonalData(a, CUSTOMER)).toBe(a)
      }),
    )
  })
})

describe('maskPersonalData', () => {
  it.each([
    ['李娜来电，电话 138 0000 0002，车牌京A·12345', '某客户来电，电话 ***，车牌***'],
    ['尾号 0000-0002，A12345', '尾号 ***，***'],
    ['VIN: LHX7B2345N0000002.', 'VIN: ***.'],
    ['大灯闪烁', '大灯闪烁'],
  ])('%s → %s', (text, masked) => {
    expect(maskPersonalData(text, LI_NA)).toBe(masked)
  })
})

describe('the edges of the anonymisation check', () => {
  const only = (p: Partial<PersonalData>): PersonalData => ({
    name: null,
    phone: null,
    plate: null,
    vin: null,
    ...p,
  })

  it.each([...' \t\n-‐‑–—_.·•/()（）+'])('a phone typed with %j between its groups is found', (sep) => {
    expect(kinds(`请回电 138${sep}0000${sep}0002`)).toEqual(['phone'])
  })

  it.each([
    ['full-width digits and lower-case letters (０ to ｚ)', 'ｌｈｘ７ｂ２３４５ｎ００００００２', ['vin']],
    ['full-width capitals', 'ＬＨＸ７Ｂ２３４５Ｎ００００００２', ['vin']],
  ] as const)('a VIN in %s is found', (_, text, expected) => {
    expect(kinds(text)).toEqual(expected)
  })

  it.each([
    ['a 4-digit number is too short to search', only({ phone: '1234' }), '分机 1234', []],
    ['a 5-digit service number is searched whole', only({ phone: '95555' }), '拨打 95555', ['phone']],
    ['an 8-digit landline is searched whole', only({ phone: '8888-6666' }), '电话 88886666', ['phone']],
    [
      'a 9-digit number is also found by its last 8',
      only({ phone: '988886666' }),
      '尾号 8888 6666',
      ['phone'],
    ],
    ['an 8-digit landline is not found by 7 of its digits', only({ phone: '88886666' }), '电话 8886666', []],
    ['a 5-character plate is too short to search', only({ plate: 'A1234' }), 'A1234', []],
    [
      'a 6-character plate without a province is searched as written',
      only({ plate: 'A12345' }),
      'A12345',
      ['plate'],
    ],
    ['a 7-character VIN fragment is too short to search', only({ vin: 'ABC1234' }), 'ABC1234', []],
    ['an 8-character VIN is searched', only({ vin: 'ABCD1234' }), 'abcd 1234', ['vin']],
    ['a two-character name is searched', only({ name: '王五' }), '王五来电', ['name']],
    [
      'a two-letter Latin name beside a Chinese one is not searched alone',
      only({ name: '王五 Wu' }),
      'Mr Wu called',
      [],
    ],
    [
      'a four-letter Latin name beside a Chinese one is searched alone',
      only({ name: '王五 Wuli' }),
      'Mr WULI called',
      ['name'],
    ],
  ] as const)('%s', (_, p, text, expected) => {
    expect(findPersonalData(text, p).map((f) => f.kind)).toEqual(expected)
  })

  it('counts overlapping matches of one datum once, and lists the leaks in text order', () => {
    expect(findPersonalData('111111', only({ phone: '11111' }))).toEqual([
      { kind: 'phone', index: 0, length: 5 },
    ])
    expect(findPersonalData('VIN LHX7B2345N0000002，李娜', LI_NA).map((f) => [f.kind, f.index])).toEqual([
      ['vin', 4],
      ['name', 22],
    ])
  })

  it('masks two overlapping leaks as one', () => {
    expect(maskPersonalData('VIN ABCD1234 到店', only({ name: 'ABCD', vin: 'ABCD1234' }))).toBe(
      'VIN 某客户 到店',
    )
    expect(maskPersonalData('京A12345京A12345', only({ plate: '京A12345' }))).toBe('******')
  })
})
