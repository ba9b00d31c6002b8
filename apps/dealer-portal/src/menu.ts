import type { MenuItem } from '@asq/ui'
import { Clock, DataAnalysis, Finished, StarFilled, UserFilled } from '@element-plus/icons-vue'
import { complaintMenu } from './views/complaints/menu'
import { examMenu } from './views/exams/menu'
import { feeMenu } from './views/fees/menu'
import { liaisonMenu } from './views/liaison/menu'
import { noticeMenu } from './views/notices/menu'
import { reimbursementMenu } from './views/reimbursement/menu'
import { vehicleMenu } from './views/vehicles/menu'

export const menu: MenuItem[] = [
  ...complaintMenu,
  ...vehicleMenu,
  ...feeMenu,
  ...reimbursementMenu,
  { path: '/actions', titleKey: 'actions.menu', icon: Finished },
  ...examMenu,
  ...noticeMenu,
  ...liaisonMenu,
  { path: '/staff', titleKey: 'menu.staff', icon: UserFilled, roles: ['dealer_manager'] },
  { path: '/surveys', titleKey: 'menu.surveys', icon: StarFilled },
  { path: '/hours', titleKey: 'menu.hours', icon: Clock },
  { path: '/scorecard', titleKey: 'menu.scorecard', icon: DataAnalysis },
]
