/**
 * Deterministic "randomness" inside SQL: every value is a hash of (seed, salt, row number), so a seed
 * gives the same network on every run, on PostgreSQL and PGlite alike, whatever order rows are made in.
 */
export type Rand = {
  /** An integer in [0, 2^28) for the row expression `expr`. */
  int(salt: string, expr: string): string
  /** One of `values`, picked by the hash. */
  pick(salt: string, expr: string, values: readonly string[]): string
  /** A uuid that is a function of (seed, salt, expr): ids can be recomputed instead of looked up. */
  uuid(salt: string, expr: string): string
}

export function sqlRandom(seed: number): Rand {
  const key = (salt: string, expr: string) => `md5('${seed}:${salt}:' || (${expr})::text)`
  const int = (salt: string, expr: string) => `(('x' || substr(${key(salt, expr)}, 1, 7))::bit(28)::int)`
  return {
    int,
    pick: (salt, expr, values) =>
      `(array[${values.map((v) => `'${v}'`).join(',')}])[1 + ${int(salt, expr)} % ${values.length}]`,
    // Version 4 and RFC variant nibbles set, so the ids pass the API's uuid validation.
    uuid: (salt, expr) =>
      `overlay(overlay(${key(salt, expr)} placing '4' from 13) placing '8' from 17)::uuid`,
  }
}
