import type { MenuItem } from '@asq/ui'
import { Notebook } from '@element-plus/icons-vue'
import { TEACHING_EDITORS } from './labels'

/** Teaching cases: the editors manage them (with the library as a tab); the rest of HQ reads the library. */
export const teachingMenu: MenuItem[] = [
  { path: '/learning/cases', titleKey: 'teaching.menu', icon: Notebook, roles: [...TEACHING_EDITORS] },
  {
    path: '/learning/library',
    titleKey: 'teaching.libraryMenu',
    icon: Notebook,
    roles: ['hq_finance', 'hq_general_manager'],
  },
]
