import { describe, expect, it } from 'vitest'
import {
  contactSchema,
  createUserInput,
  idInput,
  requestCodeInput,
  setUserActiveInput,
  staffLoginInput,
  verifyCodeInput,
} from './identity.schema'

const ID = '8a1f7f3e-3c1b-4b8a-9d1e-1f2a3b4c5d6e'
/** The path of the first issue, or 'ok' when the input parses. */
const firstPath = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.success ? 'ok' : r.error!.issues[0]!.path.join('.')
/** An e-mail address of exactly n characters. */
const emailOf = (n: number) => `${'a'.repeat(n - '@example.cn'.length)}@example.cn`

describe('staff login input', () => {
  it.each([
    ['one-letter username', { username: 'a', password: 'p' }, 'ok'],
    ['username of 64 characters', { username: 'u'.repeat(64), password: 'p' }, 'ok'],
    ['username of 65 characters', { username: 'u'.repeat(65), password: 'p' }, 'username'],
    ['blank username', { username: '   ', password: 'p' }, 'username'],
    ['empty username', { username: '', password: 'p' }, 'username'],
    ['64 characters once trimmed', { username: ` ${'u'.repeat(64)} `, password: 'p' }, 'ok'],
    ['one-character password', { username: 'li', password: 'p' }, 'ok'],
    ['password of 200 characters', { username: 'li', password: 'p'.repeat(200) }, 'ok'],
    ['password of 201 characters', { username: 'li', password: 'p'.repeat(201) }, 'password'],
    ['empty password', { username: 'li', password: '' }, 'password'],
  ])('%s → %s', (_n, input, path) => {
    expect(firstPath(staffLoginInput.safeParse(input))).toBe(path)
  })

  it('trims the username, never the password', () => {
    expect(staffLoginInput.parse({ username: '  li.na ', password: ' secret ' })).toEqual({
      username: 'li.na',
      password: ' secret ',
    })
  })
})

describe('contact (mobile number or e-mail)', () => {
  it.each([
    ['13800000001', '13800000001'],
    ['138 0000 0001', '138 0000 0001'],
    ['138-0000-0001', '138-0000-0001'],
    ['  13800000001  ', '13800000001'],
    ['li.na@example.cn', 'li.na@example.cn'],
    [` ${emailOf(120)} `, emailOf(120)],
    ['a@b.cn', 'a@b.cn'],
  ])('accepts %j as %j', (raw, parsed) => {
    expect(contactSchema.parse(raw)).toBe(parsed)
  })

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['121 characters', emailOf(121)],
    ['10 digits', '1380000000'],
    ['12 digits', '138000000012'],
    ['junk before a number', 'x13800000001'],
    ['a digit before a number', '013800000001'],
    ['junk after a number', '13800000001x'],
    ['not starting with 1', '23800000001'],
    ['letters in place of digits', '1abcdefghij'],
    ['no domain', 'not@mail'],
    ['no @', 'li.na.example.cn'],
  ])('refuses %s', (_n, raw) => {
    const r = contactSchema.safeParse(raw)
    expect(r.success).toBe(false)
  })

  it('says what a contact must be when it is neither', () => {
    const r = requestCodeInput.safeParse({ contact: '12345' })
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['contact', 'enter an 11-digit mobile number or an e-mail address'],
    ])
  })

  it('is the field of the code request', () => {
    expect(requestCodeInput.parse({ contact: ' 13800000001 ' })).toEqual({ contact: '13800000001' })
    expect(firstPath(requestCodeInput.safeParse({ contact: '' }))).toBe('contact')
  })
})

describe('code verification input', () => {
  it.each([
    ['123456', 'ok'],
    [' 123456 ', 'ok'],
    ['000000', 'ok'],
    ['12345', 'code'],
    ['1234567', 'code'],
    ['x123456', 'code'],
    ['123456x', 'code'],
    ['abcdef', 'code'],
    ['12 456', 'code'],
    ['', 'code'],
  ])('%j → %s', (code, path) => {
    expect(firstPath(verifyCodeInput.safeParse({ contact: '13800000001', code }))).toBe(path)
  })

  it('keeps the contact and the trimmed code', () => {
    expect(verifyCodeInput.parse({ contact: 'li@example.cn', code: ' 012345 ' })).toEqual({
      contact: 'li@example.cn',
      code: '012345',
    })
    expect(firstPath(verifyCodeInput.safeParse({ contact: 'nope', code: '123456' }))).toBe('contact')
  })
})

describe('id input', () => {
  it('keeps the id and refuses anything but a uuid', () => {
    expect(idInput.parse({ id: ID })).toEqual({ id: ID })
    expect(firstPath(idInput.safeParse({ id: 'x' }))).toBe('id')
  })
})

describe('new user input', () => {
  const valid = {
    username: 'li.na',
    displayName: '李娜',
    password: 'p'.repeat(10),
    orgId: ID,
    roles: ['dealer_staff'],
  }

  it.each([
    ['the valid user', {}, 'ok'],
    ['a 3-character username', { username: 'abc' }, 'ok'],
    ['a 32-character username', { username: 'a'.repeat(32) }, 'ok'],
    ['a 2-character username', { username: 'ab' }, 'username'],
    ['a 33-character username', { username: 'a'.repeat(33) }, 'username'],
    ['digits, dot, dash and underscore', { username: 'a_1.b-2' }, 'ok'],
    ['a space inside', { username: 'li na' }, 'username'],
    ['junk before', { username: '!li.na' }, 'username'],
    ['junk after', { username: 'li.na!' }, 'username'],
    ['Chinese characters', { username: '李娜李娜' }, 'username'],
    ['capitals (lower-cased)', { username: 'LiNa' }, 'ok'],
    ['spaces around (trimmed)', { username: '  lina  ' }, 'ok'],
    ['a one-character display name', { displayName: '李' }, 'ok'],
    ['a 60-character display name', { displayName: 'n'.repeat(60) }, 'ok'],
    ['a 61-character display name', { displayName: 'n'.repeat(61) }, 'displayName'],
    ['a blank display name', { displayName: '   ' }, 'displayName'],
    ['a 10-character password', { password: 'p'.repeat(10) }, 'ok'],
    ['a 9-character password', { password: 'p'.repeat(9) }, 'password'],
    ['a 200-character password', { password: 'p'.repeat(200) }, 'ok'],
    ['a 201-character password', { password: 'p'.repeat(201) }, 'password'],
    ['no role', { roles: [] }, 'roles'],
    ['an unknown role', { roles: ['boss'] }, 'roles.0'],
    ['a bad org id', { orgId: 'x' }, 'orgId'],
  ])('%s → %s', (_n, over, path) => {
    expect(firstPath(createUserInput.safeParse({ ...valid, ...over }))).toBe(path)
  })

  it('stores the username trimmed and lower-cased, the display name trimmed', () => {
    expect(
      createUserInput.parse({
        ...valid,
        username: '  Li.Na ',
        displayName: ' 李娜 ',
        password: ' p'.repeat(5),
      }),
    ).toEqual({ ...valid, username: 'li.na', displayName: '李娜', password: ' p'.repeat(5) })
  })
})

describe('activate / deactivate input', () => {
  it('keeps id, flag and version', () => {
    expect(setUserActiveInput.parse({ id: ID, active: false, version: 3 })).toEqual({
      id: ID,
      active: false,
      version: 3,
    })
  })
  it.each([
    [{ id: 'x', active: true, version: 1 }, 'id'],
    [{ id: ID, active: 'yes', version: 1 }, 'active'],
    [{ id: ID, active: true, version: 0 }, 'version'],
  ])('%j → %s', (input, path) => {
    expect(firstPath(setUserActiveInput.safeParse(input))).toBe(path)
  })
})
