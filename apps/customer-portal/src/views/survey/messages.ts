/** The survey page's words (zh-CN first); merged into the portal's messages under `survey`. */
export const surveyZh = {
  brand: '满意度调查',
  loading: '正在打开问卷…',
  stationLine: '{station} 邀请您评价',
  validUntil: '本链接 {date} 前有效',
  optional: '选填',
  required: '此题为必答题',
  invalidAnswer: '此题的答案无效，请重新选择',
  fixErrors: '还有题目未完成，请检查标红的题目',
  submit: '提交',
  textPlaceholder: '请写下您的意见（选填）',
  stars: { s1: '很不满意', s2: '不满意', s3: '一般', s4: '满意', s5: '非常满意' },
  starAria: '{n} 星',
  npsLow: '0 = 完全不可能',
  npsHigh: '10 = 非常愿意',
  refused: {
    invalid: { title: '链接无效', text: '这个问卷链接不完整或已失效，请检查短信中的链接是否完整。' },
    expired: {
      title: '问卷已过期',
      text: '这份问卷已超过有效期，感谢您的关注。如需反馈，请联系您的服务站。',
    },
    used: { title: '您已提交过这份问卷', text: '每份问卷只能提交一次。感谢您的反馈！' },
    error: { title: '暂时无法打开问卷', text: '网络或服务器出现问题，请稍后重试。' },
  },
  retry: '重试',
  thanks: {
    title: '感谢您的反馈！',
    text: '您的意见已提交，我们会认真阅读每一条反馈，持续改进服务。',
    sorry: '很抱歉这次没有让您满意。服务站会尽快与您联系，直到问题真正解决。',
  },
}
