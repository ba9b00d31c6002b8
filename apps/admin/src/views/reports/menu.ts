import type { MenuItem } from '@asq/ui'
import { Histogram } from '@element-plus/icons-vue'

export const reportMenu: MenuItem[] = [
  {
    path: '/reports',
    titleKey: 'reports.menu',
    icon: Histogram,
    roles: ['hq_admin', 'hq_service', 'hq_quality', 'hq_finance'],
  },
]
