import type { MenuItem } from '@asq/ui'
import { Finished } from '@element-plus/icons-vue'
import { EIGHTD_READERS } from './labels'

export const eightdMenu: MenuItem[] = [
  { path: '/eightd', titleKey: 'eightd.menu', icon: Finished, roles: [...EIGHTD_READERS] },
]
