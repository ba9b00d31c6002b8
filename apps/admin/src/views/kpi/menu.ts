import { HQ_ROLES } from '@asq/domain'
import type { MenuItem } from '@asq/ui'
import { DataAnalysis } from '@element-plus/icons-vue'

export const kpiMenu: MenuItem[] = [
  {
    path: '/kpi',
    titleKey: 'kpi.menu',
    icon: DataAnalysis,
    roles: HQ_ROLES,
  },
]
