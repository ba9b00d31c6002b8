export const zhCN = {
  app: {
    title: '供应商 8D 门户',
    loginTitle: '供应商 8D 门户 登录',
    loginSubtitle: '供应商用户使用用户名和密码登录',
  },
  menu: { home: '首页' },
  home: {
    welcome: '您好，{name}',
    supplier: '供应商',
    user: '当前用户',
    roles: '角色',
    claims: '8D 索赔',
    noClaims: '8D 索赔将显示在这里',
    noClaimsHint:
      '总部质量部发起 8D 索赔后，您可以在此逐步填写 D1–D8 并确认或申诉费用分摊。此功能将在后续版本上线。',
  },
}
