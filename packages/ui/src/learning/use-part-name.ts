import { useI18n } from 'vue-i18n'
import type { LibraryItem } from './types'

/** A teaching case's part as "code name" in the chosen language, or null when it names none. */
export function usePartName() {
  const { locale } = useI18n()
  return (part: LibraryItem['part']): string | null => {
    if (!part) return null
    const name = locale.value === 'en' ? part.nameEn : part.nameZh
    return name ? `${part.code} ${name}` : part.code
  }
}
