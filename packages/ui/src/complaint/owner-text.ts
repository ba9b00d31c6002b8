import type { Text } from './labels'

/** The words of the case owner panel (issue 17), Chinese and English side by side. */
export const OWNER_TEXT = {
  title: { zh: '负责人', en: 'Owner' },
  nobody: { zh: '未指派', en: 'Unassigned' },
  away: { zh: '不在岗', en: 'Away' },
  assign: { zh: '指派', en: 'Assign' },
  take: { zh: '认领', en: 'Take' },
  handOver: { zh: '移交', en: 'Hand over' },
  assignTitle: { zh: '指派负责人', en: 'Assign an owner' },
  handOverTitle: { zh: '移交案件', en: 'Hand the case over' },
  person: { zh: '负责人', en: 'Owner' },
  pickPerson: { zh: '请选择负责人', en: 'Choose a person' },
  reason: { zh: '移交原因', en: 'Reason for the hand-over' },
  reasonRequired: { zh: '请填写移交原因', en: 'Give a reason' },
  reasonTooLong: { zh: '移交原因最多 500 字', en: 'At most 500 characters' },
  confirmAssign: { zh: '确认将此案件指派给 {name}？', en: 'Assign this case to {name}?' },
  confirmHandOver: { zh: '确认将此案件移交给 {name}？', en: 'Hand this case over to {name}?' },
  confirmTake: { zh: '确认由您负责此案件？', en: 'Take this case as its owner?' },
  done: { zh: '负责人已更新', en: 'Owner updated' },
  noneEligible: { zh: '没有可指派的人员', en: 'Nobody can be assigned' },
} satisfies Record<string, Text>

/** How an owner change happened, for the timeline. */
export const OWNER_HOW: Record<string, Text> = {
  assign: { zh: '指派', en: 'assigned' },
  take: { zh: '认领', en: 'taken' },
  hand_over: { zh: '移交', en: 'handed over' },
  cleared: { zh: '所属单位变更，负责人已解除', en: 'cleared: the owning organisation changed' },
}

/** The assignment rules' refusals (assignment.ts), by code. */
const REFUSALS: [code: string, zh: string, en: string][] = [
  [
    'OWNER_NOT_ELIGIBLE',
    '此人不能负责该案件（须为所属服务站或总部服务部的在职人员）',
    'This person cannot own this case',
  ],
  ['ALREADY_OWNER', '此人已是该案件的负责人', 'This person already owns the case'],
  [
    'ALREADY_OWNED',
    '该案件已有在岗负责人，请由其移交',
    'Someone who is not away owns this case; ask them to hand it over',
  ],
  ['NOT_OWNED', '该案件尚无负责人，请使用"指派"', 'Nobody owns this case yet; assign it'],
  ['NOT_ELIGIBLE', '您不能负责该案件', 'You cannot own this case'],
  [
    'ASSIGN_FORBIDDEN',
    '只有本站站长或总部服务部可以指派',
    "Only the station's manager or HQ service assigns",
  ],
  [
    'HAND_OVER_FORBIDDEN',
    '只有负责人、本站站长或总部可以移交',
    "Only the owner, the station's manager or HQ hands over",
  ],
  ['REASON_REQUIRED', '请填写移交原因', 'Give a reason'],
  ['REASON_TOO_LONG', '移交原因最多 500 字', 'At most 500 characters'],
]
export const OWNER_ERRORS: Record<string, Text> = Object.fromEntries(
  REFUSALS.map(([code, zh, en]) => [`COMPLAINT.${code}`, { zh, en }]),
)
