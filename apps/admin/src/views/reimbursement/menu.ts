import type { MenuItem } from '@asq/ui'
import { Money } from '@element-plus/icons-vue'

export const reimbursementMenu: MenuItem[] = [
  { path: '/reimbursement', titleKey: 'reimbursement.menu', icon: Money, roles: ['hq_admin', 'hq_finance'] },
]
