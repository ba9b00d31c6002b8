import { createApi } from '@asq/api-client'
import { createI18nFor } from '@asq/ui'
import '@asq/ui/styles.css'
import { createApp } from 'vue'
import App from './App.vue'
import { messages } from './i18n'
import { createAppRouter } from './router'

// A session that ends on the server mid-use sends the user to login, back here afterwards.
const api = createApi({
  onSessionExpired: () =>
    router.replace({ name: 'login', query: { expired: '1', redirect: router.currentRoute.value.fullPath } }),
})
const router = createAppRouter(api)

createApp(App).use(api).use(createI18nFor(messages)).use(router).mount('#app')
