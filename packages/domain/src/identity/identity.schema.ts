import { z } from 'zod'
import { versionNumber } from '../shared/version.schema'
import { ROLES } from './identity.roles'

export const roleSchema = z.enum(ROLES)

export const staffLoginInput = z.object({
  username: z.string().trim().min(1, 'username is required').max(64),
  password: z.string().min(1, 'password is required').max(200),
})
export type StaffLoginInput = z.infer<typeof staffLoginInput>

/** Mainland mobile numbers (11 digits starting with 1) or an e-mail address. */
export const contactSchema = z
  .string()
  .trim()
  .min(1, 'phone or e-mail is required')
  .max(120)
  .refine((v) => /^1\d{10}$/.test(v.replace(/[\s-]/g, '')) || z.email().safeParse(v).success, {
    message: 'enter an 11-digit mobile number or an e-mail address',
  })

export const requestCodeInput = z.object({ contact: contactSchema })
export type RequestCodeInput = z.infer<typeof requestCodeInput>

export const verifyCodeInput = z.object({
  contact: contactSchema,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'the code has 6 digits'),
})
export type VerifyCodeInput = z.infer<typeof verifyCodeInput>

export const idInput = z.object({ id: z.uuid('not a valid id') })
export type IdInput = z.infer<typeof idInput>

export const createUserInput = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9_.-]{3,32}$/, '3–32 letters, digits, dot, dash or underscore'),
  displayName: z.string().trim().min(1).max(60),
  password: z.string().min(10, 'at least 10 characters').max(200),
  orgId: z.uuid(),
  roles: z.array(roleSchema).min(1, 'choose at least one role'),
})
export type CreateUserInput = z.infer<typeof createUserInput>

export const setUserActiveInput = z.object({
  id: z.uuid(),
  active: z.boolean(),
  version: versionNumber(1),
})
export type SetUserActiveInput = z.infer<typeof setUserActiveInput>
