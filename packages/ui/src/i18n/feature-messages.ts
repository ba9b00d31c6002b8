import type { Component } from 'vue'
import type { Locale } from './locale'

/** One part of an app's messages in both languages, each fetched on demand. */
export type FeatureMessageLoaders<M extends object> = {
  'zh-CN': () => Promise<M>
  en: () => Promise<NoInfer<M>>
}

type Target = { merge(locale: Locale, scope: string, messages: object): void; has(locale: Locale): boolean }

const features = new Map<string, FeatureMessageLoaders<object>>()
let target: Target | null = null

/** Where feature messages go: the app's vue-i18n (createI18nFor calls this). */
export function bindFeatureMessages(t: Target): void {
  target = t
}

const mergeOne = async (scope: string, locale: Locale) => {
  const loaders = features.get(scope)
  if (loaders && target) target.merge(locale, scope, await loaders[locale]())
}

/** After a locale's app messages arrive, the features already on screen get theirs too. */
export const loadFeatureLocale = (locale: Locale) =>
  Promise.all([...features.keys()].map((scope) => mergeOne(scope, locale))).then(() => undefined)

/**
 * The messages of one part of an app (its pages, under `scope`: `t('complaints.title')`), fetched with
 * its pages instead of with the first screen: Chinese always (the fallback), English too once loaded.
 * Returns the loader to await before those pages render (see `withMessages`); it runs once.
 */
export function featureMessages<M extends object>(scope: string, loaders: FeatureMessageLoaders<M>) {
  let loading: Promise<void> | null = null
  return (): Promise<void> => {
    loading ??= (() => {
      features.set(scope, loaders)
      const locales: Locale[] = target?.has('en') ? ['zh-CN', 'en'] : ['zh-CN']
      return Promise.all(locales.map((l) => mergeOne(scope, l))).then(() => undefined)
    })()
    loading.catch(() => {
      loading = null
    })
    return loading
  }
}

/** A lazy route component that renders once its messages are in: `component: withMessages(() => import('./X.vue'), complaints)`. */
export const withMessages =
  (page: () => Promise<Component | { default: Component }>, ...messages: (() => Promise<void>)[]) =>
  () =>
    Promise.all([page(), ...messages.map((load) => load())]).then(([p]) => p)
