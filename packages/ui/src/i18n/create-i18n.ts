import { watch } from 'vue'
import { createI18n } from 'vue-i18n'
import { persistLocale, storedLocale } from './locale'
import { sharedEn } from './messages-en'
import { type SharedMessages, sharedZh } from './messages-zh'

type Tree = { [key: string]: string | Tree }

function merge(base: Tree, extra: Tree): Tree {
  const out: Tree = { ...base }
  for (const [k, v] of Object.entries(extra)) {
    const b = out[k]
    out[k] = typeof v === 'object' && typeof b === 'object' ? merge(b, v) : v
  }
  return out
}

/** An app's own messages, in both languages with the same shape. */
export type AppMessages<M extends object> = { 'zh-CN': M; en: NoInfer<M> }

/**
 * vue-i18n for one app: shared messages (layout, login, errors, roles, statuses) merged with the app's,
 * zh-CN first and English second; the chosen locale is kept in localStorage and drives Element Plus
 * through <AppRoot>.
 */
export function createI18nFor<M extends object>(appMessages: AppMessages<M>) {
  const i18n = createI18n({
    legacy: false,
    locale: storedLocale(),
    fallbackLocale: 'zh-CN',
    messages: {
      'zh-CN': merge(sharedZh as unknown as Tree, appMessages['zh-CN'] as Tree) as SharedMessages & M,
      en: merge(sharedEn as unknown as Tree, appMessages.en as Tree) as SharedMessages & M,
    },
    missingWarn: false,
    fallbackWarn: false,
  })
  persistLocale(storedLocale())
  watch(i18n.global.locale, (l) => persistLocale(l === 'en' ? 'en' : 'zh-CN'))
  return i18n
}
