import type { MenuItem } from '@asq/ui'
import { Bell, Checked, Tickets } from '@element-plus/icons-vue'
import { DESK_ROLES } from './types'

export const complaintMenu: MenuItem[] = [
  { path: '/complaints', titleKey: 'complaints.menu.desk', icon: Tickets, roles: DESK_ROLES },
  { path: '/escalations', titleKey: 'complaints.menu.escalations', icon: Bell, roles: DESK_ROLES },
  { path: '/complaint-queues', titleKey: 'complaints.menu.queues', icon: Checked, roles: DESK_ROLES },
]
