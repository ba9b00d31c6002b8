import type { MenuItem } from '@asq/ui'
import { HomeFilled, UserFilled } from '@element-plus/icons-vue'

export const menu: MenuItem[] = [
  { path: '/', titleKey: 'menu.home', icon: HomeFilled },
  { path: '/staff', titleKey: 'menu.staff', icon: UserFilled, roles: ['dealer_manager'] },
]
