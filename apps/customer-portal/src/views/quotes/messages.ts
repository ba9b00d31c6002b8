/** The customer's quote screen (zh-CN first); merged into the portal's messages under `quotes`. */
export const quotesZh = {
  title: '我的维修报价',
  intro: '每一项费用都写明了原因：在保修期内的项目您无需支付。',
  number: '报价单 {n}',
  repairDate: '维修日期 {d}',
  status: { open: '待确认', final: '已确认' },
  free: '保修内 · 免费',
  charged: '保修外',
  oldPart: '旧件由服务站交回厂家',
  quantity: '数量 {q}',
  hours: '{q} 小时',
  total: '您需支付',
  pending: '服务站的收费标准正等待厂家审批，审批通过前不会向您收费。',
  empty: '暂时没有维修报价',
  emptyHint: '服务站为您的车辆报价后，会显示在这里。',
  loadMore: '加载更多',
  back: '返回首页',
}
