import type { MenuItem } from '@asq/ui'
import { Postcard } from '@element-plus/icons-vue'
import { LIAISON_ROLES } from './routes'

export const liaisonMenu: MenuItem[] = [
  { path: '/liaison', titleKey: 'liaison.menu', icon: Postcard, roles: LIAISON_ROLES },
]
