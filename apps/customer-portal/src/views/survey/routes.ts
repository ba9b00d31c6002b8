import { featureMessages, withMessages } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

const surveyMessages = featureMessages('survey', {
  'zh-CN': () => import('./messages').then((m) => m.surveyZh),
  en: () => import('./messages.en').then((m) => m.surveyEn),
})

/** A survey link works without an account, whoever is (or is not) signed in on this device. */
export const surveyRoutes: RouteRecordRaw[] = [
  {
    path: '/s/:token',
    name: 'survey',
    component: withMessages(() => import('./SurveyPage.vue'), surveyMessages),
    meta: { anyone: true },
  },
  {
    path: '/s/:token/thanks',
    name: 'survey-thanks',
    component: withMessages(() => import('./SurveyThanksPage.vue'), surveyMessages),
    meta: { anyone: true },
  },
]
