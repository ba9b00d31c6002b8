import { type ApiError, toApiError } from '@asq/api-client/errors'
import { nextTick, reactive, watch } from 'vue'
import { useI18n } from 'vue-i18n'

/** One problem zod found: where (the path into the input) and what kind. */
export type SchemaIssue = {
  path: readonly PropertyKey[]
  code: string
  message: string
  minimum?: unknown
  maximum?: unknown
  origin?: string
}
/** Any zod schema from the domain, seen through `safeParse` (so ui needs no zod of its own). */
export type SchemaLike<O> = {
  safeParse(
    value: unknown,
  ): { success: true; data: O } | { success: false; error: { issues: readonly SchemaIssue[] } }
}
/** What a schema gives back when the input is valid: `z.infer` of it. */
export type SchemaOutput<S> = S extends SchemaLike<infer O> ? O : never

export type SchemaFormOptions = {
  /** A message of the context's own for a field (by dotted path), e.g. a refinement's rule in words. */
  messages?: Record<string, () => string>
  /** Where the form sits; the first field in error inside it is scrolled into view. Default: the document. */
  root?: () => ParentNode | null | undefined
}

export const pathOf = (path: readonly PropertyKey[]) => path.map(String).join('.')

/** How to say one field's problem: a shared `forms.*` message, the context's own, or the server's text. */
export type FieldMessage =
  | { key: string; n?: string /** the server's English words, shown as they are in English */; en?: string }
  | { own: () => string }
  | { text: string; domainKey?: string }

/** Each field's first problem, by dotted path: an empty field is "required", else by the kind of issue. */
export function fieldMessages(
  issues: readonly SchemaIssue[],
  input: unknown,
  own: Record<string, () => string> = {},
): Map<string, FieldMessage> {
  const out = new Map<string, FieldMessage>()
  for (const issue of issues) {
    const path = pathOf(issue.path) || '(input)'
    if (out.has(path)) continue
    const value = issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | null)?.[k], input)
    const blank = value === undefined || value === null || (typeof value === 'string' && !value.trim())
    const ownMessage = own[path]
    if (blank || (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1))
      out.set(path, { key: 'forms.required' })
    else if (ownMessage) out.set(path, { own: ownMessage })
    else if (issue.code === 'too_small') out.set(path, { key: 'forms.tooSmall', n: String(issue.minimum) })
    else if (issue.code === 'too_big') out.set(path, { key: 'forms.tooBig', n: String(issue.maximum) })
    else out.set(path, { key: 'forms.invalid' })
  }
  return out
}

/**
 * The server's field errors as field messages: a field the schema refused is said like a client-side
 * check (the schema's words are English), a domain error by its code's translation, else as sent.
 */
export function serverFieldMessages(
  err: ApiError,
  own: Record<string, () => string> = {},
): Map<string, FieldMessage> {
  const out = new Map<string, FieldMessage>()
  for (const [path, text] of Object.entries(err.fieldErrors)) {
    const ownMessage = own[path]
    if (ownMessage) out.set(path, { own: ownMessage })
    else if (err.domainCode === 'INPUT.INVALID') out.set(path, { key: 'forms.invalid', en: text })
    else
      out.set(path, {
        text,
        domainKey: err.domainCode ? `errors.${err.domainCode.replace(/\./g, '_')}` : undefined,
      })
  }
  return out
}

/**
 * A form checked with the domain's zod schema, before any request: `errors[path]` holds the message to
 * show under each field (pass it to `<ElFormItem :error>`), in the chosen language; the server's field
 * errors (tRPC's zod issue paths, or a domain error's `field`) land on the same fields; the first field
 * in error is scrolled into view below the sticky header (`scroll-margin-top` in the shared styles).
 */
export function useSchemaForm<S extends SchemaLike<unknown>>(schema: S, opts: SchemaFormOptions = {}) {
  const { t, te, locale } = useI18n()
  const errors = reactive<Record<string, string>>({})
  // Each message kept as how to say it, so switching the language re-says the ones on screen.
  let said = new Map<string, FieldMessage>()
  const say = (m: FieldMessage): string => {
    if ('own' in m) return m.own()
    if ('key' in m) return m.en && locale.value === 'en' ? m.en : t(m.key, { n: m.n ?? '' })
    return m.domainKey && te(m.domainKey) ? t(m.domainKey) : m.text
  }
  const render = () => {
    for (const k of Object.keys(errors)) if (!said.has(k)) delete errors[k]
    for (const [k, m] of said) errors[k] = say(m)
  }
  watch(locale, render)

  function clear(path?: string) {
    for (const k of [...said.keys()])
      if (path === undefined || k === path || k.startsWith(`${path}.`)) said.delete(k)
    render()
  }

  async function reveal() {
    await nextTick()
    const root = opts.root?.() ?? document
    const first = root.querySelector<HTMLElement>('.is-error')
    first?.scrollIntoView({ behavior: 'smooth', block: 'start' })
  }

  /** Checks `input`; on success its parsed value, else null with every field's message set and shown. */
  function validate(input: unknown): SchemaOutput<S> | null {
    clear()
    const r = schema.safeParse(input)
    if (r.success) return r.data as SchemaOutput<S>
    said = fieldMessages(r.error.issues, input, opts.messages)
    render()
    void reveal()
    return null
  }

  /** Puts a failed call's field errors on the fields; true when there was any to show. */
  function fromServer(e: unknown): boolean {
    const err: ApiError = toApiError(e)
    if (!Object.keys(err.fieldErrors).length) return false
    said = serverFieldMessages(err, opts.messages)
    render()
    void reveal()
    return true
  }

  return { errors, validate, fromServer, clear, reveal }
}
