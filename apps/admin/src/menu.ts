import type { MenuItem } from '@asq/ui'
import { Document, HomeFilled, Message, User } from '@element-plus/icons-vue'

export const menu: MenuItem[] = [
  { path: '/', titleKey: 'menu.home', icon: HomeFilled },
  { path: '/users', titleKey: 'menu.users', icon: User, roles: ['hq_admin'] },
  { path: '/outbox', titleKey: 'menu.outbox', icon: Message, roles: ['hq_admin'] },
  { path: '/audit', titleKey: 'menu.audit', icon: Document, roles: ['hq_admin'] },
]
