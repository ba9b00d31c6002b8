import type { MenuItem } from '@asq/ui'
import { Reading } from '@element-plus/icons-vue'
import { EXAM_EDITORS } from './labels'

/** The learning centre (学习中心): its pages share one tab bar (the learning section's tabs in routes.ts). */
export const examMenu: MenuItem[] = [
  { path: '/learning/questions', titleKey: 'exams.menu', icon: Reading, roles: [...EXAM_EDITORS] },
]
