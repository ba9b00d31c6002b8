import { appConfig } from '@asq/vite-config'

export default appConfig({ base: '/portal/', port: 5174 })
