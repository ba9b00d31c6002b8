import en from 'element-plus/es/locale/lang/en'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
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

/** The current locale, a setter that persists it, and the matching Element Plus locale. */
export function useLocale() {
  const { locale } = useI18n({ useScope: 'global' })
  const current = computed<Locale>(() => (isLocale(locale.value) ? locale.value : DEFAULT_LOCALE))
  return {
    locale: current,
    setLocale: (l: Locale) => {
      locale.value = l
    },
    toggle: () => {
      locale.value = current.value === 'en' ? 'zh-CN' : 'en'
    },
    elementLocale: computed(() => (current.value === 'en' ? en : zhCn)),
  }
}
