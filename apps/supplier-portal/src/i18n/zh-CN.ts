import { claimsZh, eightdErrorsZh } from '../views/claims/messages'

export const zhCN = {
  claims: claimsZh,
  errors: eightdErrorsZh,
  app: {
    title: '供应商 8D 门户',
    loginTitle: '供应商 8D 门户 登录',
    loginSubtitle: '供应商用户使用用户名和密码登录',
  },
  menu: { home: '首页', claims: '8D 索赔' },
  home: {
    welcome: '您好，{name}',
    supplier: '供应商',
    user: '当前用户',
    roles: '角色',
    claims: '8D 索赔',
    noClaims: '8D 索赔',
    noClaimsHint: '总部质量部发起 8D 索赔后，您在此逐步填写 D0–D8，查看审核意见，并确认或申诉索赔费用。',
    openClaims: '查看 8D 索赔',
  },
}
