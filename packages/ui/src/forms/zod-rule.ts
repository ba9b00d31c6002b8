import type { FormItemRule } from 'element-plus'

/** Anything with zod's safeParse, e.g. `createUserInput.shape.username` from @asq/domain. */
export type Parser = { safeParse(value: unknown): { success: boolean } }

/**
 * An Element Plus form rule that validates with a domain schema (the same one the server uses) and
 * shows a translated message instead of the schema's English one.
 */
export function zodRule(
  schema: Parser,
  message: () => string,
  trigger: 'blur' | 'change' = 'blur',
): FormItemRule {
  return {
    trigger,
    validator: (_rule, value, callback) => {
      if (schema.safeParse(value).success) callback()
      else callback(new Error(message()))
    },
  }
}
