import { eightdCommonEn, kpiCommonEn } from '@asq/ui'
import { claimsEn, eightdErrorsEn } from '../views/claims/messages'
import type { zhCN } from './zh-CN'

export const en: typeof zhCN = {
  kpiCommon: kpiCommonEn,
  eightdCommon: eightdCommonEn,
  scorecard: {
    claims: '8D claims',
    claimsValue: '{n} ({open} open)',
    recovered: 'Cost recovered',
  },
  claims: claimsEn,
  errors: eightdErrorsEn,
  app: {
    title: 'Supplier 8D Portal',
    loginTitle: 'Supplier 8D Portal — Sign in',
    loginSubtitle: 'Supplier users sign in with username and password',
  },
  menu: { home: 'Home', scorecard: 'Scorecard', claims: '8D claims' },
  home: {
    welcome: 'Hello, {name}',
    workbench: 'To do',
    stepsOwed: '8D claims with a step to submit',
    nextDue: 'nearest deadline {at} (Beijing time)',
    stepsOverdue: '8D claims past a deadline',
    recoveries: 'Cost recoveries to answer',
  },
}
