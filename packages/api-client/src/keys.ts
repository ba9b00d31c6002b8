import type { MaybeRef } from 'vue'
import type { ApiClient } from './client'

type Path = readonly string[]
/** An input as Vue Query accepts it in a key: the value, or refs anywhere inside it (unwrapped when hashed). */
type RefDeep<T> = MaybeRef<
  T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]: RefDeep<T[K]> } : T
>

/** A query's key: with its input the key of that one call; without, the prefix of all its calls. */
type ProcedureKey<I, P extends Path> = {
  (): P
  (input: RefDeep<I>): readonly [...P, RefDeep<I>]
}
/** A router's key: called, the prefix of every query under it (for invalidation); its children by name. */
type RouterKey<T, P extends Path> = (() => P) & {
  readonly [K in keyof T & string]: KeyNode<T[K], readonly [...P, K]>
}
type KeyNode<T, P extends Path> = T extends { query: (input: infer I, ...rest: never[]) => unknown }
  ? ProcedureKey<I, P>
  : T extends { mutate: unknown }
    ? never
    : RouterKey<T, P>

function node(path: readonly string[]): unknown {
  const key = (...args: unknown[]) => (args[0] === undefined ? [...path] : [...path, args[0]])
  return new Proxy(key, {
    get: (_target, prop) => (typeof prop === 'string' ? node([...path, prop]) : undefined),
  })
}

/**
 * Query keys derived from the procedure path, so a key can never drift from its procedure:
 * `keyOf.eightd.supplier.get({ claimId })` → `['eightd', 'supplier', 'get', { claimId }]`,
 * `keyOf.eightd.supplier.get()` → every call of it, `keyOf.eightd()` → everything under `eightd`.
 * A mutation invalidates the prefix of what it changed: `qc.invalidateQueries({ queryKey: keyOf.fee.hq() })`.
 */
export const keyOf = node([]) as RouterKey<ApiClient, readonly []>

/** Who is signed in: the key of `auth.me`, read by the router guard and the sign-in flows. */
export const meQueryKey = keyOf.auth.me()
