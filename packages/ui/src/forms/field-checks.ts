import { reactive } from 'vue'
import type { Parser } from './zod-rule'

/** A field's domain schema, loaded on first use (e.g. `() => import('./schemas').then((m) => m.x)`), and its message. */
export type FieldCheck = { schema: () => Promise<Parser>; message: () => string }

/**
 * Validation of a few fields with the domain's schemas, for a first screen that cannot afford Element
 * Plus's form (and async-validator) or zod up front: the schemas load when a field is first checked.
 * `errors[field]` holds the translated message to show beside the field, or null.
 */
export function useFieldChecks<K extends string>(checks: Record<K, FieldCheck>) {
  const errors = reactive(Object.fromEntries(Object.keys(checks).map((k) => [k, null]))) as Record<
    K,
    string | null
  >
  async function check(field: K, value: unknown): Promise<boolean> {
    const { schema, message } = checks[field]
    const ok = (await schema()).safeParse(value).success
    errors[field] = ok ? null : message()
    return ok
  }
  const clear = (field: K) => {
    errors[field] = null
  }
  return { errors, check, clear }
}
