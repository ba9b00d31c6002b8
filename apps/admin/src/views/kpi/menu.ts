import type { MenuItem } from '@asq/ui'
import { DataAnalysis } from '@element-plus/icons-vue'

export const kpiMenu: MenuItem[] = [
  {
    path: '/kpi',
    titleKey: 'kpi.menu',
    icon: DataAnalysis,
    roles: ['hq_admin', 'hq_service', 'hq_quality', 'hq_finance'],
  },
]
