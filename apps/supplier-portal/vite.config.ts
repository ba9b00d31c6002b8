import { appConfig } from '@asq/vite-config'

export default appConfig({ base: '/supplier/', port: 5175 })
