import type { MenuItem } from '@asq/ui'
import { DataAnalysis, Document } from '@element-plus/icons-vue'

/** 8D claims join the menu when they arrive. */
export const menu: MenuItem[] = [
  { path: '/claims', titleKey: 'menu.claims', icon: Document },
  { path: '/scorecard', titleKey: 'menu.scorecard', icon: DataAnalysis },
]
