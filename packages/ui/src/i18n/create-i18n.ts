import { watch } from 'vue'
import { createI18n } from 'vue-i18n'
import { bindFeatureMessages, loadFeatureLocale } from './feature-messages'
import { type Locale, loadLocale, persistLocale, registerLocaleLoader, storedLocale } from './locale'
import { compileMessage } from './message-compiler'
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

/**
 * An app's own messages, in both languages with the same shape. English may be a loader
 * (`() => import('./en').then((m) => m.en)`): it then loads only when someone picks English.
 */
export type AppMessages<M extends object> = { 'zh-CN': M; en: NoInfer<M> | (() => Promise<NoInfer<M>>) }

/**
 * vue-i18n for one app: shared messages (layout, login, errors, roles, statuses) merged with the app's,
 * zh-CN first and English second; the chosen locale is kept in localStorage and drives Element Plus
 * through <AppRoot>. English (shared and the app's) is fetched when first needed, so a first screen in
 * Chinese carries Chinese only; until it arrives the page stays in Chinese.
 */
export function createI18nFor<M extends object>(appMessages: AppMessages<M>) {
  const i18n = createI18n({
    legacy: false,
    locale: 'zh-CN',
    fallbackLocale: 'zh-CN',
    // English joins later (setLocaleMessage), so the type names both locales from the start.
    messages: {
      'zh-CN': merge(sharedZh as unknown as Tree, appMessages['zh-CN'] as Tree),
    } as Record<Locale, SharedMessages & M>,
    messageCompiler: compileMessage,
    missingWarn: false,
    fallbackWarn: false,
  })
  const appEn = appMessages.en
  registerLocaleLoader('en', async () => {
    const [{ sharedEn }, en] = await Promise.all([
      import('./messages-en'),
      typeof appEn === 'function' ? appEn() : appEn,
    ])
    i18n.global.setLocaleMessage('en', merge(sharedEn as unknown as Tree, en as Tree) as SharedMessages & M)
    await loadFeatureLocale('en')
  })
  bindFeatureMessages({
    merge: (l, scope, m) => i18n.global.mergeLocaleMessage(l, { [scope]: m }),
    has: (l) => i18n.global.availableLocales.includes(l),
  })
  watch(i18n.global.locale, (l) => persistLocale(l === 'en' ? 'en' : 'zh-CN'))
  if (storedLocale() === 'en')
    loadLocale('en').then(
      () => {
        i18n.global.locale.value = 'en'
      },
      () => persistLocale('zh-CN'),
    )
  else persistLocale('zh-CN')
  return i18n
}
