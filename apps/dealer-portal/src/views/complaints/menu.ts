import type { MenuItem } from '@asq/ui'
import { Tickets } from '@element-plus/icons-vue'

export const complaintMenu: MenuItem[] = [{ path: '/complaints', titleKey: 'complaints.menu', icon: Tickets }]
