import { complaintsZh } from '../views/complaints/messages'
import { feesZh } from '../views/fees/messages'
import { reimbursementZh } from '../views/reimbursement/messages'
import { surveysZh } from '../views/surveys/messages'

export const zhCN = {
  surveys: surveysZh,
  complaints: complaintsZh,
  fees: feesZh,
  reimbursement: reimbursementZh,
  app: {
    title: '服务站门户',
    loginTitle: '服务站门户 登录',
    loginSubtitle: '经销商 / 服务站员工使用用户名和密码登录',
  },
  menu: { home: '首页', staff: '站内人员', surveys: '客户满意度' },
  home: {
    welcome: '您好，{name}',
    station: '服务站',
    user: '当前用户',
    username: '用户名',
    roles: '角色',
  },
  staff: {
    title: '站内人员',
    subtitle: '本站的账号；新账号只能属于本站',
    searchPlaceholder: '搜索用户名或姓名',
  },
}
