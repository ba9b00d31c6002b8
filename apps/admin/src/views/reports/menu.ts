import { HQ_ROLES } from '@asq/domain'
import type { MenuItem } from '@asq/ui'
import { Histogram } from '@element-plus/icons-vue'

export const reportMenu: MenuItem[] = [
  {
    path: '/reports',
    titleKey: 'reports.menu',
    icon: Histogram,
    roles: HQ_ROLES,
  },
]
