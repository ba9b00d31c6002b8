export const zhCN = {
  app: {
    title: '客户服务',
    loginTitle: '客户服务 登录',
    loginSubtitle: '使用手机号或邮箱接收验证码登录，新用户将自动注册',
  },
  portalLogin: {
    contact: '手机号或邮箱',
    contactPlaceholder: '请输入手机号或邮箱',
    contactRule: '请输入 11 位手机号或有效的邮箱地址',
    sendCode: '获取验证码',
    resend: '重新发送',
    resendIn: '{s} 秒后可重新发送',
    sentTo: '验证码已通过{channel}发送至 {to}，{min} 分钟内有效',
    sentEarlier: '请输入之前收到的验证码，或稍后重新获取',
    channels: { sms: '短信', email: '邮件' },
    code: '验证码',
    codePlaceholder: '6 位数字验证码',
    codeRule: '验证码为 6 位数字',
    verify: '登录',
    changeContact: '更换手机号或邮箱',
  },
  home: {
    greeting: '您好，{name}',
    intro: '欢迎使用客户服务：在这里提交投诉、查看处理进度、确认维修报价。',
    complaints: '我的投诉',
    noComplaints: '您还没有投诉记录',
  },
}
