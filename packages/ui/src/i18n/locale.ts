import { computed } from 'vue'
import { useI18n } from 'vue-i18n'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'zh-CN'

const STORAGE_KEY = 'asq.locale'

const isLocale = (v: unknown): v is Locale => LOCALES.includes(v as Locale)

/** The locale chosen earlier on this device (shared by the four apps), else zh-CN. */
export function storedLocale(): Locale {
  try {
    const v = localStorage.getItem(STORAGE_KEY)
    return isLocale(v) ? v : DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE
  }
}

export function persistLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = locale
}

const loaders = new Map<Locale, () => Promise<void>>()
const loading = new Map<Locale, Promise<void>>()

/** How an app fetches a locale's messages that did not come with its first screen (createI18nFor). */
export function registerLocaleLoader(locale: Locale, load: () => Promise<void>): void {
  loaders.set(locale, load)
  loading.delete(locale)
}

/** Fetches a locale's messages once; a failed fetch may be tried again. Resolves at once for zh-CN. */
export function loadLocale(locale: Locale): Promise<void> {
  const load = loaders.get(locale)
  if (!load) return Promise.resolve()
  let p = loading.get(locale)
  if (!p) {
    p = load()
    loading.set(locale, p)
    p.catch(() => loading.delete(locale))
  }
  return p
}

/** The current locale and a setter that persists it. */
export function useLocale() {
  const { locale } = useI18n({ useScope: 'global' })
  const current = computed<Locale>(() => (isLocale(locale.value) ? locale.value : DEFAULT_LOCALE))
  // The messages arrive first, then the switch: never a screen of untranslated keys.
  const setLocale = (l: Locale) =>
    loadLocale(l).then(
      () => {
        locale.value = l
      },
      (e: unknown) => console.warn(`the ${l} messages could not be loaded`, e),
    )
  return {
    locale: current,
    setLocale,
    toggle: () => setLocale(current.value === 'en' ? 'zh-CN' : 'en'),
  }
}
