import { appConfig } from '@asq/vite-config'

export default appConfig({ base: '/dealer/', port: 5176 })
