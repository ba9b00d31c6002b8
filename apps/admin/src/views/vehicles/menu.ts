import { HQ_ROLES } from '@asq/domain'
import type { MenuItem } from '@asq/ui'
import { Van } from '@element-plus/icons-vue'

export const vehicleMenu: MenuItem[] = [
  {
    path: '/vehicles',
    titleKey: 'vehicles.title',
    icon: Van,
    roles: HQ_ROLES,
  },
]
