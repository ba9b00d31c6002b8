import { appConfig } from '@asq/vite-config'

export default appConfig({ base: '/admin/', port: 5173 })
