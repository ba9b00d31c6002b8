import { featureMessages, withMessages } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

/** The quote screens' words (also on the home page), fetched with those screens. */
export const quoteMessages = featureMessages('quotes', {
  'zh-CN': () => import('./messages').then((m) => m.quotesZh),
  en: () => import('./messages.en').then((m) => m.quotesEn),
})

/** The customer's repair quotes, inside the portal frame. */
export const quoteRoutes: RouteRecordRaw[] = [
  { path: '', name: 'quotes', component: withMessages(() => import('./QuotesPage.vue'), quoteMessages) },
]
