/**
 * The KPI words the admin dashboard and the station and supplier scorecards share: each figure's name
 * and its definition in words (shown in the card's tooltip), the colours, units and trend labels.
 * Each app puts them under `kpiCommon`.
 */
export const kpiCommonZh = {
  figures: {
    closure_rate: { name: '投诉关闭率', definition: '统计期内受理的投诉中，已关闭的比例。' },
    timely_response_rate: {
      name: '及时响应率',
      definition: '首次响应在时限内的投诉，占响应时限已有结论（已响应或已超时未响应）的投诉的比例。',
    },
    timely_completion_rate: {
      name: '及时完成率',
      definition: '最近一轮处理在解决时限内完成的投诉，占解决时限已有结论的投诉的比例。',
    },
    response_hours_avg: {
      name: '平均首次响应时长',
      definition: '从受理到首次响应的平均工作时长（按工作日历计算），单位小时，仅计已响应的投诉。',
    },
    response_hours_p90: {
      name: '首次响应时长 P90',
      definition: '从受理到首次响应的工作时长（向上取整到小时）的第 90 百分位（最近秩法）。',
    },
    resolution_hours_avg: {
      name: '平均解决时长',
      definition: '从受理到首次解决的平均工作时长，单位小时，仅计已解决的投诉。',
    },
    resolution_hours_p90: {
      name: '解决时长 P90',
      definition: '从受理到首次解决的工作时长（向上取整到小时）的第 90 百分位。',
    },
    reopen_rate: {
      name: '重开率',
      definition: '解决后又被重新打开的投诉（“处理过快”的信号），占至少解决过一次的投诉的比例。',
    },
    handling_satisfaction: {
      name: '投诉处理满意度',
      definition: '回访中客户表示满意的投诉，占已回访投诉的比例。',
    },
    complaint_rate: {
      name: '投诉率',
      definition: '每 100 辆在用车的投诉数（总部按月份和产品线录入的在用车数量）。',
    },
    return_rate: {
      name: '返修率',
      definition: '每 100 辆在用车的保修索赔行数（按维修日期，保修更换的零件）。',
    },
    csi: {
      name: '客户满意度指数',
      definition: '统计期内回收问卷中全部评分题与推荐题，各自折算到 0–1 后取平均，再乘以 100。',
    },
    nps: {
      name: '净推荐值 NPS',
      definition: '推荐题中 9–10 分（推荐者）的百分比减去 0–6 分（贬损者）的百分比。',
    },
    survey_response_rate: { name: '问卷回收率', definition: '统计期内已回收的问卷占已送达问卷的比例。' },
    eightd_step_days: {
      name: '8D 平均步骤周期',
      definition: '统计期内批准的步骤，从上一步批准（或立案）到本步批准的平均自然日数。',
    },
    eightd_overdue_claims: {
      name: '逾期 8D 索赔',
      definition: '当前仍未关闭、且有步骤已过期限未获批准的 8D 索赔数。',
    },
    warranty_cost_vs_budget: {
      name: '保修费用 / 预算',
      definition: '统计期各月已批准的保修索赔金额，占总部为这些月份录入的预算的比例。',
    },
    supplier_recovery_rate: {
      name: '供应商索赔回收率',
      definition: '供应商已接受的追偿金额，占向其提出的追偿金额的比例（按提出日期）。',
    },
  },
  rag: { green: '达标', amber: '接近目标', red: '未达标', none: '无目标或无数据' },
  units: { percent: '%', hours: '小时', days: '天', count: '件', index: '' },
  ops: { '>=': '≥', '>': '>', '<=': '≤', '<': '<' },
  target: '目标 {op} {value}',
  noTarget: '未设目标',
  change: '较上期 {change}',
  noChange: '上期无数据',
  previous: '上期 {value}',
  noValue: '—',
  definition: '口径',
  drill: '查看明细',
  trend: '月度趋势',
  pareto: '投诉原因排列图（帕累托）',
  paretoCount: '投诉数',
  cumulative: '累计占比',
  line80: '80% 线',
  opened: '受理数',
  partial: '（不完整月份）',
  ranking: '同行排名',
  rank: '第 {rank} 名 / 共 {of} 家',
  unranked: '无排名（无数据）',
  rankFigures: { on_time_step_rate: '8D 步骤按时率' },
  scorecard: '成绩单',
  upTo: '截至月份',
  lastYear: '近 12 个月：{from} 至 {to}',
  notices: {
    title: '本期奖罚通知单',
    total: '共 {n} 份，奖励减处罚合计',
    decidedAt: '批准时间',
    kind: '类别',
    kinds: { reward: '奖励', penalty: '处罚' },
    amount: '金额',
    reason: '事由',
    person: '责任人',
    empty: '本期没有奖罚通知单',
  },
}

export const kpiCommonEn: typeof kpiCommonZh = {
  figures: {
    closure_rate: {
      name: 'Closure rate',
      definition: 'Complaints opened in the period that are closed, over complaints opened in the period.',
    },
    timely_response_rate: {
      name: 'Timely-response rate',
      definition:
        'Complaints whose first response came within its deadline, over those whose response deadline is decided (answered, or passed unanswered).',
    },
    timely_completion_rate: {
      name: 'Timely-completion rate',
      definition:
        'Complaints resolved within the resolution deadline of their latest run, over those whose deadline is decided.',
    },
    response_hours_avg: {
      name: 'Average time to first response',
      definition:
        'Mean working time (working days of the calendar) from opening to the first response, over answered complaints, in hours.',
    },
    response_hours_p90: {
      name: 'Time to first response, P90',
      definition:
        'Nearest-rank 90th percentile of working hours (rounded up to the hour) from opening to the first response.',
    },
    resolution_hours_avg: {
      name: 'Average time to resolution',
      definition:
        'Mean working time from opening to the first resolution, over resolved complaints, in hours.',
    },
    resolution_hours_p90: {
      name: 'Time to resolution, P90',
      definition:
        'Nearest-rank 90th percentile of working hours (rounded up) from opening to the first resolution.',
    },
    reopen_rate: {
      name: 'Reopen rate',
      definition:
        'Complaints reopened after a resolution (the "too fast" signal), over complaints resolved at least once.',
    },
    handling_satisfaction: {
      name: 'Satisfaction with handling',
      definition: 'Follow-ups in which the customer was satisfied, over complaints followed up.',
    },
    complaint_rate: {
      name: 'Complaint rate',
      definition:
        'Complaints opened per 100 vehicles in service (units HQ entered per month and product line).',
    },
    return_rate: {
      name: 'Return rate',
      definition:
        'Warranty claim lines (parts replaced under warranty, by repair date) per 100 vehicles in service.',
    },
    csi: {
      name: 'Customer satisfaction index',
      definition:
        'Mean of all rating and NPS answers, each scaled to 0–1, times 100 (surveys answered in the period).',
    },
    nps: {
      name: 'NPS',
      definition: '% promoters (9–10) minus % detractors (0–6) among recommendation answers.',
    },
    survey_response_rate: {
      name: 'Survey response rate',
      definition: 'Invitations answered over invitations delivered in the period.',
    },
    eightd_step_days: {
      name: '8D cycle time per step',
      definition:
        'Mean calendar days from the previous step’s approval (or the opening) to a step’s approval, over steps approved in the period.',
    },
    eightd_overdue_claims: {
      name: 'Overdue 8D claims',
      definition: 'Open 8D claims with a step past its deadline and not approved, now.',
    },
    warranty_cost_vs_budget: {
      name: 'Warranty cost against budget',
      definition:
        'Approved warranty claim amounts of the months in scope over the budget HQ entered for them.',
    },
    supplier_recovery_rate: {
      name: 'Supplier cost recovered',
      definition:
        'Recoveries accepted by suppliers over recoveries claimed from them (amounts, by date proposed).',
    },
  },
  rag: { green: 'On target', amber: 'Near target', red: 'Off target', none: 'No target or no data' },
  units: { percent: '%', hours: 'h', days: 'd', count: '', index: '' },
  ops: { '>=': '≥', '>': '>', '<=': '≤', '<': '<' },
  target: 'Target {op} {value}',
  noTarget: 'No target',
  change: 'vs previous {change}',
  noChange: 'No previous data',
  previous: 'Previous {value}',
  noValue: '—',
  definition: 'Definition',
  drill: 'Show cases',
  trend: 'Monthly trend',
  pareto: 'Pareto of complaint causes',
  paretoCount: 'Complaints',
  cumulative: 'Cumulative share',
  line80: '80 % line',
  opened: 'Opened',
  partial: '(partial month)',
  ranking: 'Ranking among peers',
  rank: 'No. {rank} of {of}',
  unranked: 'Not ranked (no data)',
  rankFigures: { on_time_step_rate: '8D steps on time' },
  scorecard: 'Scorecard',
  upTo: 'Up to month',
  lastYear: 'Last 12 months: {from} to {to}',
  notices: {
    title: 'Reward and penalty notices in the period',
    total: '{n} in all; rewards less penalties',
    decidedAt: 'Approved',
    kind: 'Kind',
    kinds: { reward: 'Reward', penalty: 'Penalty' },
    amount: 'Amount',
    reason: 'Reason',
    person: 'Person',
    empty: 'No reward or penalty notices in the period',
  },
}
