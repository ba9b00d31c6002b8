import type { MessageCompiler, MessageContext } from 'vue-i18n'

/** `{name}` or `{0}`: the only syntax our messages use (message-syntax.test.ts keeps it that way). */
const PLACEHOLDER = /\{\s*(\w+)\s*\}/g

type Part = string | { named: string } | { index: number }
/** What vue-i18n passes a compiled message (interpolate and normalize are its internal processor). */
type Ctx = MessageContext & { interpolate(value: unknown): unknown; normalize(values: unknown[]): unknown }

/** Splits a message into text and placeholders once; the function then fills them on each call. */
export function parseMessage(source: string): Part[] {
  const parts: Part[] = []
  let at = 0
  for (const m of source.matchAll(PLACEHOLDER)) {
    if (m.index > at) parts.push(source.slice(at, m.index))
    const key = m[1]!
    parts.push(/^\d+$/.test(key) ? { index: Number(key) } : { named: key })
    at = m.index + m[0].length
  }
  if (at < source.length || parts.length === 0) parts.push(source.slice(at))
  return parts
}

function fill(ctx: Ctx, part: Part): unknown {
  if (typeof part === 'string') return part
  return ctx.interpolate('named' in part ? ctx.named(part.named) : ctx.list(part.index))
}

/**
 * vue-i18n's message compiler in a few lines: the apps load vue-i18n's runtime-only build (no 37 KB
 * compiler in the login screen's JavaScript) and give it this instead. It knows `{name}` and `{0}`,
 * which is every message here; plurals (`a | b`) and links (`@:key`) are not used, and a test refuses them.
 */
export const compileMessage: MessageCompiler = (message) => {
  const parts = typeof message === 'string' ? parseMessage(message) : ['']
  // biome-ignore lint/suspicious/noExplicitAny: vue-i18n's MessageFunction return type is generic
  return ((ctx: Ctx) => ctx.normalize(parts.map((p) => fill(ctx, p)))) as any
}
