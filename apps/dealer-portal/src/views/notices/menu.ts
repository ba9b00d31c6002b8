import type { MenuItem } from '@asq/ui'
import { Medal } from '@element-plus/icons-vue'
import { NOTICE_ROLES } from './routes'

export const noticeMenu: MenuItem[] = [
  { path: '/notices', titleKey: 'notices.menu', icon: Medal, roles: NOTICE_ROLES },
]
