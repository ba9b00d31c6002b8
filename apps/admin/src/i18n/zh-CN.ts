import { eightdCommonZh, kpiCommonZh, learningCommonZh, liaisonErrorsZh } from '@asq/ui'
import { auditActionsZh, auditTypesZh, outboxKindsZh } from '../views/audit/labels'
import { complaintsZh } from '../views/complaints/messages'
import { eightdZh } from '../views/eightd/messages'
import { examsZh } from '../views/exams/messages'
import { feesZh } from '../views/fees/messages'
import { kpiZh } from '../views/kpi/messages'
import { teachingZh } from '../views/learning/messages'
import { liaisonZh } from '../views/liaison/messages'
import { meetingsZh } from '../views/meetings/messages'
import { noticesZh } from '../views/notices/messages'
import { reimbursementZh } from '../views/reimbursement/messages'
import { reportsZh } from '../views/reports/messages'
import { slaZh } from '../views/sla/messages'
import { surveysZh } from '../views/surveys/messages'

export const zhCN = {
  exams: examsZh,
  learning: learningCommonZh,
  teaching: teachingZh,
  eightd: eightdZh,
  eightdCommon: eightdCommonZh,
  kpi: kpiZh,
  kpiCommon: kpiCommonZh,
  surveys: surveysZh,
  fees: feesZh,
  complaints: complaintsZh,
  sla: slaZh,
  reimbursement: reimbursementZh,
  reports: reportsZh,
  meetings: meetingsZh,
  notices: noticesZh,
  liaison: liaisonZh,
  errors: liaisonErrorsZh,
  app: {
    title: '总部管理后台',
    loginTitle: '总部管理后台 登录',
    loginSubtitle: '总部员工使用用户名和密码登录',
  },
  menu: { home: '首页', users: '用户管理', outbox: '消息发件箱', surveys: '满意度调查', audit: '审计日志' },
  home: {
    welcome: '欢迎，{name}',
    desk: '投诉受理台',
    overdue: '已超时的投诉',
    nearBreach: '{h} 小时内到期的投诉',
    approvals: '待审批的补偿',
    tech: '待答复的技术支持问题',
    finance: '财务',
    claimsToAudit: '待审核的索赔单',
    nextSettlement: '下次结算日',
    settles: '结算 {period} 月的索赔',
    quality: '质量',
    stepsToReview: '待审核的 8D 步骤',
    signals: '未处理的质量预警',
  },
  usersPage: {
    title: '用户管理',
    subtitle: '总部、服务站与供应商的全部账号',
    searchPlaceholder: '搜索用户名或姓名',
    orgFilter: '按组织筛选',
  },
  outbox: {
    title: '消息发件箱',
    subtitle: '系统发出的短信与邮件，按时间倒序',
    devHint: '未配置短信网关时，短信不会真正发出：客户登录验证码会显示在此处（以及服务器日志中）。',
    recipientPlaceholder: '按收件人筛选',
    createdAt: '创建时间',
    channel: '渠道',
    recipient: '收件人',
    kind: '类型',
    code: '验证码',
    body: '内容',
    status: '状态',
    attempts: '尝试次数',
    sentAt: '发送时间',
    lastError: '最近错误',
    channels: { sms: '短信', email: '邮件' },
    kinds: outboxKindsZh,
  },
  audit: {
    title: '审计日志',
    subtitle: '每一次修改都记录操作人、时间和前后内容',
    entityType: '对象类型',
    entity: '对象',
    entityId: '对象 ID',
    entityIdPlaceholder: '按对象 ID 筛选',
    at: '时间',
    actor: '操作人',
    action: '动作',
    before: '修改前',
    after: '修改后',
    none: '（无）',
    types: auditTypesZh,
    actions: auditActionsZh,
  },
}
