import { eightdCommonZh, kpiCommonZh } from '@asq/ui'
import { claimsZh, eightdErrorsZh } from '../views/claims/messages'

export const zhCN = {
  kpiCommon: kpiCommonZh,
  eightdCommon: eightdCommonZh,
  scorecard: {
    claims: '8D 索赔',
    claimsValue: '{n} 件（未关闭 {open} 件）',
    recovered: '已回收费用',
  },
  claims: claimsZh,
  errors: eightdErrorsZh,
  app: {
    title: '供应商 8D 门户',
    loginTitle: '供应商 8D 门户 登录',
    loginSubtitle: '供应商用户使用用户名和密码登录',
  },
  menu: { home: '首页', scorecard: '成绩单', claims: '8D 索赔' },
  home: {
    welcome: '您好，{name}',
    workbench: '待办',
    stepsOwed: '待提交 8D 步骤的索赔',
    nextDue: '最近截止 {at}（北京时间）',
    stepsOverdue: '已超期的 8D 索赔',
    recoveries: '待确认的索赔费用',
  },
}
