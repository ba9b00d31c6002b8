import type { MenuItem } from '@asq/ui'
import { Coin } from '@element-plus/icons-vue'

export const feeMenu: MenuItem[] = [
  { path: '/fees', titleKey: 'fees.menu', icon: Coin, roles: ['dealer_manager', 'dealer_staff'] },
]
