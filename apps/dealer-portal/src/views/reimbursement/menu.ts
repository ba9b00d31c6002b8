import type { MenuItem } from '@asq/ui'
import { Money, Wallet } from '@element-plus/icons-vue'

export const reimbursementMenu: MenuItem[] = [
  { path: '/reimbursement', titleKey: 'reimbursement.menu.claim', icon: Money },
  { path: '/reimbursement/account', titleKey: 'reimbursement.menu.account', icon: Wallet },
]
