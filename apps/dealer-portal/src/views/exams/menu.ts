import type { MenuItem } from '@asq/ui'
import { Reading } from '@element-plus/icons-vue'

/** The learning centre (学习中心): its pages share one tab bar (the learning section's tabs in routes.ts). */
export const examMenu: MenuItem[] = [{ path: '/learning/exams', titleKey: 'exams.menu', icon: Reading }]
