import type { OrgKind, Role } from '@asq/domain'

/**
 * The demo network: a manufacturer's HQ, stations in four regions, three suppliers and the customers of
 * the seven real cases in shared/domain.md. Chinese first, English beside it.
 */
export const DEMO_PASSWORD = 'demo123456'

export const DEMO_ORGS: {
  kind: OrgKind
  code: string
  nameZh: string
  nameEn: string
  region: string | null
}[] = [
  { kind: 'hq', code: 'HQ', nameZh: '华信汽车总部', nameEn: 'Huaxin Motors HQ', region: null },
  {
    kind: 'dealer',
    code: 'D-BJ01',
    nameZh: '北京朝阳服务站',
    nameEn: 'Beijing Chaoyang Station',
    region: '华北 North',
  },
  {
    kind: 'dealer',
    code: 'D-SH01',
    nameZh: '上海浦东服务站',
    nameEn: 'Shanghai Pudong Station',
    region: '华东 East',
  },
  {
    kind: 'dealer',
    code: 'D-CD01',
    nameZh: '成都武侯服务站',
    nameEn: 'Chengdu Wuhou Station',
    region: '西南 Southwest',
  },
  {
    kind: 'dealer',
    code: 'D-GZ01',
    nameZh: '广州天河服务站',
    nameEn: 'Guangzhou Tianhe Station',
    region: '华南 South',
  },
  {
    kind: 'supplier',
    code: 'S-LAMP',
    nameZh: '星光车灯有限公司',
    nameEn: 'Xingguang Lamps Co.',
    region: null,
  },
  {
    kind: 'supplier',
    code: 'S-MOTOR',
    nameZh: '博远电机有限公司',
    nameEn: 'Boyuan Electric Motors Co.',
    region: null,
  },
  {
    kind: 'supplier',
    code: 'S-DRIVE',
    nameZh: '恒力传动有限公司',
    nameEn: 'Hengli Driveline Co.',
    region: null,
  },
]

export const DEMO_USERS: { org: string; username: string; displayName: string; roles: Role[] }[] = [
  { org: 'HQ', username: 'admin', displayName: '周总', roles: ['hq_admin'] },
  { org: 'HQ', username: 'service', displayName: '吴敏', roles: ['hq_service'] },
  { org: 'HQ', username: 'quality', displayName: '郑工', roles: ['hq_quality'] },
  { org: 'HQ', username: 'finance', displayName: '钱会计', roles: ['hq_finance'] },
  { org: 'HQ', username: 'gm', displayName: '陈总经理', roles: ['hq_general_manager'] },
  {
    org: 'D-BJ01',
    username: 'bj.manager',
    displayName: '马站长',
    roles: ['dealer_manager'],
  },
  {
    org: 'D-BJ01',
    username: 'bj.staff',
    displayName: '何顾问',
    roles: ['dealer_staff'],
  },
  {
    org: 'D-SH01',
    username: 'sh.manager',
    displayName: '林站长',
    roles: ['dealer_manager'],
  },
  {
    org: 'D-CD01',
    username: 'cd.manager',
    displayName: '罗站长',
    roles: ['dealer_manager'],
  },
  {
    org: 'D-GZ01',
    username: 'gz.manager',
    displayName: '黄站长',
    roles: ['dealer_manager'],
  },
  {
    org: 'S-LAMP',
    username: 'lamp.supplier',
    displayName: '星光质量部',
    roles: ['supplier_user'],
  },
  {
    org: 'S-LAMP',
    username: 'lamp.engineer',
    displayName: '星光工程师',
    roles: ['supplier_user'],
  },
  {
    org: 'S-MOTOR',
    username: 'motor.supplier',
    displayName: '博远质量部',
    roles: ['supplier_user'],
  },
  {
    org: 'S-DRIVE',
    username: 'drive.supplier',
    displayName: '恒力质量部',
    roles: ['supplier_user'],
  },
]

export const DEMO_PRODUCT_LINES = [
  { code: 'H5', nameZh: '华信 H5 轿车', nameEn: 'Huaxin H5 sedan' },
  { code: 'X7', nameZh: '华信 X7 SUV', nameEn: 'Huaxin X7 SUV' },
  { code: 'T3', nameZh: '华信 T3 轻卡', nameEn: 'Huaxin T3 light truck' },
]

/** One customer per real case; `story` is the case the complaints module replays as demo data. */
export const DEMO_CUSTOMERS = [
  {
    name: '张伟 Zhang Wei',
    phone: '13800000001',
    email: 'zhang.wei@example.cn',
    keyAccount: true,
    vin: 'LHX5A1234N0000001',
    plate: '京N12A45',
    line: 'H5',
    dealer: 'D-BJ01',
    purchaseDate: '2026-08-15',
    mileageKm: 5200,
    story: 'first-service-charged',
  },
  {
    name: '李娜 Li Na',
    phone: '13800000002',
    email: 'li.na@example.cn',
    keyAccount: false,
    vin: 'LHX7B2345N0000002',
    plate: '京Q7B2H3',
    line: 'X7',
    dealer: 'D-BJ01',
    purchaseDate: '2025-11-02',
    mileageKm: 18400,
    story: 'headlamp-flicker',
  },
  {
    name: '王强 Wang Qiang',
    phone: '13800000003',
    email: 'wang.qiang@example.cn',
    keyAccount: true,
    vin: 'LHX5C3456M0000003',
    plate: '沪A5C3K6',
    line: 'H5',
    dealer: 'D-SH01',
    purchaseDate: '2024-06-20',
    mileageKm: 61200,
    story: 'blower-motor-quote',
  },
  {
    name: '刘洋 Liu Yang',
    phone: '13800000004',
    email: 'liu.yang@example.cn',
    keyAccount: false,
    vin: 'LHX7D4567N0000004',
    plate: '沪BD45678',
    line: 'X7',
    dealer: 'D-SH01',
    purchaseDate: '2026-03-09',
    mileageKm: 9100,
    story: 'promised-gift',
  },
  {
    name: '陈杰 Chen Jie',
    phone: '13800000005',
    email: 'chen.jie@example.cn',
    keyAccount: true,
    vin: 'LHT3E5678M0000005',
    plate: '川A3E5M8',
    line: 'T3',
    dealer: 'D-CD01',
    purchaseDate: '2025-04-30',
    mileageKm: 47800,
    story: 'breakdown-far-from-home',
  },
  {
    name: '赵敏 Zhao Min',
    phone: '13800000006',
    email: 'zhao.min@example.cn',
    keyAccount: false,
    vin: 'LHX5F6789N0000006',
    plate: '粤A6F7N9',
    line: 'H5',
    dealer: 'D-GZ01',
    purchaseDate: '2026-01-18',
    mileageKm: 12600,
    story: 'two-hour-wait',
  },
  {
    name: '孙丽 Sun Li',
    phone: '13800000007',
    email: 'sun.li@example.cn',
    keyAccount: false,
    vin: 'LHX7G7890N0000007',
    // Not registered yet: a new car has no plate until the owner registers it.
    plate: null,
    line: 'X7',
    dealer: 'D-GZ01',
    purchaseDate: '2025-09-05',
    mileageKm: 22300,
    story: 'parts-ticket',
  },
]
