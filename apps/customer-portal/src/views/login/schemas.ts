/** The sign-in fields' domain schemas, in a chunk of their own: loaded on first validation (zod is not small). */
export { requestCodeInput, verifyCodeInput } from '@asq/domain'
