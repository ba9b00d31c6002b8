import { uiClient } from '@asq/api-client'
import { startStaffApp } from '@asq/ui'
import '@asq/ui/styles.css'
import { messages } from './i18n'
import { menu } from './menu'
import { routes } from './routes'

const home = () => import('./views/home/HomePage.vue')

startStaffApp({
  client: uiClient,
  base: import.meta.env.BASE_URL,
  orgKind: 'dealer',
  messages,
  menu,
  home,
  routes,
})
