import type { MenuItem } from '@asq/ui'
import { Document, Message, StarFilled, User } from '@element-plus/icons-vue'
import { complaintMenu } from './views/complaints/menu'
import { eightdMenu } from './views/eightd/menu'
import { examMenu } from './views/exams/menu'
import { feeMenu } from './views/fees/menu'
import { kpiMenu } from './views/kpi/menu'
import { teachingMenu } from './views/learning/menu'
import { liaisonMenu } from './views/liaison/menu'
import { meetingMenu } from './views/meetings/menu'
import { noticeMenu } from './views/notices/menu'
import { reimbursementMenu } from './views/reimbursement/menu'
import { reportMenu } from './views/reports/menu'
import { slaMenu } from './views/sla/menu'
import { vehicleMenu } from './views/vehicles/menu'

/** The sidebar, in the order of the work: complaints and their rules, suppliers, money, customers, administration. */
export const menu: MenuItem[] = [
  ...kpiMenu,
  ...complaintMenu,
  ...vehicleMenu,
  ...slaMenu,
  ...eightdMenu,
  ...liaisonMenu,
  ...feeMenu,
  ...reimbursementMenu,
  ...reportMenu,
  ...meetingMenu,
  ...noticeMenu,
  ...examMenu,
  ...teachingMenu,
  {
    path: '/surveys',
    titleKey: 'menu.surveys',
    icon: StarFilled,
    roles: ['hq_admin', 'hq_service', 'hq_quality'],
  },
  { path: '/users', titleKey: 'menu.users', icon: User, roles: ['hq_admin'] },
  { path: '/outbox', titleKey: 'menu.outbox', icon: Message, roles: ['hq_admin'] },
  { path: '/audit', titleKey: 'menu.audit', icon: Document, roles: ['hq_admin'] },
]
