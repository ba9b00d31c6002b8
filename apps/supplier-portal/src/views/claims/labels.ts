import { useI18n } from 'vue-i18n'

/** Picks the zh or en half of a domain label in the chosen language. */
export function usePick() {
  const { locale } = useI18n()
  return (l: { zh: string; en: string } | null | undefined) =>
    l ? (locale.value === 'en' ? l.en : l.zh) : '—'
}
