/**
 * A domain vocabulary's bilingual labels (`{ approved: { zh, en } }`) as one language's messages
 * (`{ approved: '通过' }`), so an app's message file takes the domain's words instead of retyping them.
 */
export function labelTexts<K extends string>(
  labels: Record<K, { zh: string; en: string }>,
  lang: 'zh' | 'en',
): Record<K, string> {
  return Object.fromEntries(
    Object.entries<{ zh: string; en: string }>(labels).map(([k, l]) => [k, l[lang]]),
  ) as Record<K, string>
}
