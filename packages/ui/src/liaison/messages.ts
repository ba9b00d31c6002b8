/**
 * The words of quality liaison letters (品质联络书) that the dealer portal and the HQ admin share: the
 * states, the letter's fields, and the domain codes' texts. Each app puts them under `liaison` (its own
 * screen words beside them) and the error codes under the top-level `errors`, where a form's field
 * errors from the server are looked up.
 */
export const liaisonCommonZh = {
  states: { submitted: '已提交', answered: '已答复', closed: '已关闭', escalated_to_8d: '已转 8D' },
  f: {
    number: '联络书编号',
    station: '服务站',
    part: '配件',
    vins: 'VIN',
    vehiclesAffected: '影响车辆数',
    firstSeenOn: '首次发现日期',
    submittedAt: '提交时间',
    submittedBy: '提交人',
    symptoms: '故障现象',
    photos: '照片',
    state: '状态',
    answer: '总部品质部答复',
    answeredAt: '答复时间',
    eightd: '由此开立的 8D',
  },
  vehicles: '{n} 台',
  noPhotos: '未附照片',
  noAnswer: '总部品质部尚未答复。',
  viewPhoto: '查看',
  allStates: '全部状态',
  search: '搜索编号或 VIN',
}

export const liaisonCommonEn: typeof liaisonCommonZh = {
  states: {
    submitted: 'Submitted',
    answered: 'Answered',
    closed: 'Closed',
    escalated_to_8d: 'Escalated to 8D',
  },
  f: {
    number: 'Letter no.',
    station: 'Station',
    part: 'Part',
    vins: 'VIN',
    vehiclesAffected: 'Vehicles affected',
    firstSeenOn: 'First seen',
    submittedAt: 'Sent',
    submittedBy: 'Sent by',
    symptoms: 'Symptoms',
    photos: 'Photos',
    state: 'State',
    answer: "HQ quality's answer",
    answeredAt: 'Answered',
    eightd: '8D opened from it',
  },
  vehicles: '{n} vehicles',
  noPhotos: 'No photos',
  noAnswer: 'HQ quality has not answered yet.',
  viewPhoto: 'View',
  allStates: 'All states',
  search: 'Search number or VIN',
}

/** The liaison domain codes in words; each app merges them into its top-level `errors`. */
export const liaisonErrorsZh = {
  LIAISON_NOT_ALLOWED: '联络书当前状态不允许此操作',
  LIAISON_ANSWER_REQUIRED: '请先答复再关闭联络书',
  LIAISON_TOO_FEW_VEHICLES: '影响车辆数不能少于所填 VIN 的数量',
  LIAISON_DUPLICATE_VIN: '该 VIN 已在联络书中',
  LIAISON_FIRST_SEEN_IN_FUTURE: '首次发现日期不能晚于今天',
  LIAISON_UNKNOWN_PART: '配件目录中没有该配件',
  LIAISON_PART_MISMATCH: '该索赔明细属于其他配件',
  LIAISON_SUPPLIER_REQUIRED: '请选择该配件的供应商',
  LIAISON_TARGET_MISSING: '没有该投诉或索赔明细',
  LIAISON_DUPLICATE: '该联络书已提交，请刷新',
}

export const liaisonErrorsEn: typeof liaisonErrorsZh = {
  LIAISON_NOT_ALLOWED: "The letter's state does not allow this",
  LIAISON_ANSWER_REQUIRED: 'Answer the letter before closing it',
  LIAISON_TOO_FEW_VEHICLES: 'Vehicles affected cannot be fewer than the VINs named',
  LIAISON_DUPLICATE_VIN: 'This VIN is already on the letter',
  LIAISON_FIRST_SEEN_IN_FUTURE: 'The problem cannot be first seen after today',
  LIAISON_UNKNOWN_PART: 'This part is not in the parts catalogue',
  LIAISON_PART_MISMATCH: 'This claim line is for another part',
  LIAISON_SUPPLIER_REQUIRED: 'Choose the supplier of the part',
  LIAISON_TARGET_MISSING: 'There is no such complaint or claim line',
  LIAISON_DUPLICATE: 'This letter was sent already; reload',
}
