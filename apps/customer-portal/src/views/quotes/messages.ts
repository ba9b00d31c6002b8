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

export const quotesEn: typeof quotesZh = {
  title: 'My repair quotes',
  intro: 'Every charge says why: what is under warranty costs you nothing.',
  number: 'Quote {n}',
  repairDate: 'Repair date {d}',
  status: { open: 'Open', final: 'Final' },
  free: 'Under warranty · free',
  charged: 'Out of warranty',
  oldPart: 'The station returns the old part to the manufacturer',
  quantity: 'Qty {q}',
  hours: '{q} h',
  total: 'You pay',
  pending:
    "The station's fee standard awaits the manufacturer's approval; you will not be charged before it is approved.",
  empty: 'No repair quotes yet',
  emptyHint: 'When a station prices a repair of your vehicle, it shows here.',
  loadMore: 'Load more',
  back: 'Back home',
}
