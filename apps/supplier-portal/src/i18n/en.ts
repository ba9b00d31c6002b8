import type { zhCN } from './zh-CN'

export const en: typeof zhCN = {
  app: {
    title: 'Supplier 8D Portal',
    loginTitle: 'Supplier 8D Portal — Sign in',
    loginSubtitle: 'Supplier users sign in with username and password',
  },
  menu: { home: 'Home' },
  home: {
    welcome: 'Hello, {name}',
    supplier: 'Supplier',
    user: 'Signed in as',
    roles: 'Roles',
    claims: '8D claims',
    noClaims: '8D claims will appear here',
    noClaimsHint:
      'When HQ quality opens an 8D claim, you will answer D1–D8 step by step here and accept or dispute the cost charge-back. This arrives in a later release.',
  },
}
