import { featureMessages, withMessages } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

/** The complaint screens' words (also on the home page), fetched with those screens. */
export const complaintMessages = featureMessages('complaints', {
  'zh-CN': () => import('./messages').then((m) => m.complaintsZh),
  en: () => import('./messages.en').then((m) => m.complaintsEn),
})

/** The customer's complaint screens, inside the portal frame. */
export const complaintRoutes: RouteRecordRaw[] = [
  {
    path: '',
    name: 'complaints',
    component: withMessages(() => import('./ComplaintListPage.vue'), complaintMessages),
  },
  {
    path: 'new',
    name: 'complaint-new',
    component: withMessages(() => import('./FileComplaintPage.vue'), complaintMessages),
  },
  {
    path: ':id',
    name: 'complaint',
    component: withMessages(() => import('./ComplaintDetailPage.vue'), complaintMessages),
    props: true,
  },
]
