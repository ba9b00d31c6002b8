/** The station's reward/penalty notices (奖罚通知单), zh-CN first; merged under `notices`. */
export const noticesZh = {
  menu: '奖罚通知单',
  title: '奖罚通知单',
  subtitle: '总部经总经理批准、针对本站的奖励与处罚',
  empty: '本站还没有已批准的奖罚通知单。',
  back: '返回列表',
  view: '查看',
  cols: {
    case: '案件',
    kind: '类别',
    amount: '金额',
    reason: '事由',
    person: '责任人',
    decidedAt: '批准时间',
  },
  kinds: { reward: '奖励', penalty: '处罚' },
  approved: '已批准',
}

export const noticesEn: typeof noticesZh = {
  menu: 'Notices',
  title: 'Reward & penalty notices',
  subtitle: "Rewards and penalties for this station, approved by HQ's general manager",
  empty: 'No approved notice for this station yet.',
  back: 'Back to the list',
  view: 'View',
  cols: {
    case: 'Case',
    kind: 'Kind',
    amount: 'Amount',
    reason: 'Reason',
    person: 'Person',
    decidedAt: 'Approved',
  },
  kinds: { reward: 'Reward', penalty: 'Penalty' },
  approved: 'Approved',
}
