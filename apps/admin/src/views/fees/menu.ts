import type { MenuItem } from '@asq/ui'
import { Coin } from '@element-plus/icons-vue'
import { READER_ROLES } from './types'

export const feeMenu: MenuItem[] = [{ path: '/fees', titleKey: 'fees.menu', icon: Coin, roles: READER_ROLES }]
