import type { MenuItem } from '@asq/ui'
import { Calendar } from '@element-plus/icons-vue'

export const slaMenu: MenuItem[] = [
  { path: '/sla', titleKey: 'sla.menu', icon: Calendar, roles: ['hq_admin', 'hq_service', 'hq_quality'] },
]
