import { zhCN } from './zh-CN'

// English loads when someone picks it (createI18nFor): a first screen in Chinese carries Chinese only.
export const messages = { 'zh-CN': zhCN, en: () => import('./en').then((m) => m.en) }
