import { claimsEn, eightdErrorsEn } from '../views/claims/messages'
import type { zhCN } from './zh-CN'

export const en: typeof zhCN = {
  claims: claimsEn,
  errors: eightdErrorsEn,
  app: {
    title: 'Supplier 8D Portal',
    loginTitle: 'Supplier 8D Portal — Sign in',
    loginSubtitle: 'Supplier users sign in with username and password',
  },
  menu: { home: 'Home', claims: '8D claims' },
  home: {
    welcome: 'Hello, {name}',
    supplier: 'Supplier',
    user: 'Signed in as',
    roles: 'Roles',
    claims: '8D claims',
    noClaims: '8D claims',
    noClaimsHint:
      'When HQ quality opens an 8D claim, you answer D0–D8 step by step here, read the reviewer comments, and accept or dispute the cost recovery.',
    openClaims: 'Open 8D claims',
  },
}
