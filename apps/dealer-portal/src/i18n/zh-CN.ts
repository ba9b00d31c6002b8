import { kpiCommonZh, learningCommonZh, liaisonErrorsZh } from '@asq/ui'
import { actionsZh } from '../views/actions/messages'
import { complaintsZh } from '../views/complaints/messages'
import { examsZh } from '../views/exams/messages'
import { feesZh } from '../views/fees/messages'
import { liaisonZh } from '../views/liaison/messages'
import { noticesZh } from '../views/notices/messages'
import { reimbursementZh } from '../views/reimbursement/messages'
import { surveysZh } from '../views/surveys/messages'

export const zhCN = {
  exams: examsZh,
  learning: learningCommonZh,
  notices: noticesZh,
  liaison: liaisonZh,
  errors: liaisonErrorsZh,
  kpiCommon: kpiCommonZh,
  surveys: surveysZh,
  complaints: complaintsZh,
  fees: feesZh,
  reimbursement: reimbursementZh,
  actions: actionsZh,
  app: {
    title: '服务站门户',
    loginTitle: '服务站门户 登录',
    loginSubtitle: '经销商 / 服务站员工使用用户名和密码登录',
  },
  menu: { home: '首页', scorecard: '成绩单', staff: '站内人员', surveys: '客户满意度', hours: '营业时间' },
  hours: {
    title: '本站营业时间',
    subtitle: '由总部设置；本站的响应与完工时限只在这些时间内计时（北京时间），节假日按总部日历',
    inherited: '总部尚未为本站单独设置营业时间，沿用总部营业时间',
    closures: '另行休息日：',
    failed: '营业时间读取失败',
  },
  home: {
    welcome: '您好，{name}',
    workbench: '待办',
    overdue: '本站已超时的投诉',
    followUps: '待回访的投诉',
    claim: '{period} 月保修报销单',
    claimNone: '未开始',
    claimDeadline: '提交截止 {at}（北京时间）',
    surveyTasks: '待跟进的满意度回访任务',
  },
  staff: {
    title: '站内人员',
    subtitle: '本站的账号；新账号只能属于本站',
    searchPlaceholder: '搜索用户名或姓名',
  },
}
