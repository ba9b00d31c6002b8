import type { MenuItem } from '@asq/ui'
import { Document, HomeFilled, Message, StarFilled, User } from '@element-plus/icons-vue'
import { complaintMenu } from './views/complaints/menu'
import { eightdMenu } from './views/eightd/menu'
import { feeMenu } from './views/fees/menu'
import { reimbursementMenu } from './views/reimbursement/menu'
import { slaMenu } from './views/sla/menu'

export const menu: MenuItem[] = [
  { path: '/', titleKey: 'menu.home', icon: HomeFilled },
  ...complaintMenu,
  ...eightdMenu,
  ...slaMenu,
  ...reimbursementMenu,
  { path: '/users', titleKey: 'menu.users', icon: User, roles: ['hq_admin'] },
  { path: '/outbox', titleKey: 'menu.outbox', icon: Message, roles: ['hq_admin'] },
  { path: '/surveys', titleKey: 'menu.surveys', icon: StarFilled, roles: ['hq_admin', 'hq_service', 'hq_quality'] },
  ...feeMenu,
  { path: '/audit', titleKey: 'menu.audit', icon: Document, roles: ['hq_admin'] },
]
