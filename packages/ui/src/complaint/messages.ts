/**
 * The complaint words HQ's desk and the station share: the intake dialog's fields (ComplaintIntakeDialog)
 * and the cards of one complaint (facts, clocks, history, children, evidence). Each app spreads them
 * into its own `complaints.intake` and `complaints.detail`, beside the words only it shows.
 */
export const complaintCommonZh = {
  intake: {
    customerName: '客户姓名',
    contact: '手机号 / 邮箱',
    channel: '渠道',
    kind: '类别',
    severity: '严重度',
    cause: '原因',
    summary: '摘要',
    description: '客户陈述',
    created: '已受理，编号 {n}',
  },
  detail: {
    facts: '案件信息',
    clocks: '时限',
    history: '处理记录',
    children: '配件 / 技术支持 / 补偿',
    evidence: '证据附件',
    noEvidence: '暂无附件',
    view: '查看',
  },
}

export const complaintCommonEn: typeof complaintCommonZh = {
  intake: {
    customerName: 'Customer name',
    contact: 'Mobile / e-mail',
    channel: 'Channel',
    kind: 'Kind',
    severity: 'Severity',
    cause: 'Cause',
    summary: 'Summary',
    description: "Customer's words",
    created: 'Taken: {n}',
  },
  detail: {
    facts: 'Case',
    clocks: 'Deadlines',
    history: 'History',
    children: 'Parts / technical support / goodwill',
    evidence: 'Evidence',
    noEvidence: 'No files',
    view: 'View',
  },
}
