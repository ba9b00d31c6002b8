import type { MenuItem } from '@asq/ui'
import { Notebook } from '@element-plus/icons-vue'
import { MEETING_ROLES } from './routes'

export const meetingMenu: MenuItem[] = [
  { path: '/meetings', titleKey: 'meetings.menu', icon: Notebook, roles: MEETING_ROLES },
]
