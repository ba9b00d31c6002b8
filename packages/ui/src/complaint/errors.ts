import type { ApiError } from '@asq/api-client'
import { useErrorText } from '../composables/use-error-text'
import { type Text, useComplaintLabels } from './labels'
import { OWNER_ERRORS } from './owner-text'

/** The complaint context's stable error codes in plain words; anything else falls back to the shared texts. */
export const COMPLAINT_ERRORS: Record<string, Text> = {
  'COMPLAINT.STALE': {
    zh: '该投诉已被他人修改，请刷新后重新操作',
    en: 'This complaint was edited by someone else meanwhile; reload it and try again',
  },
  'COMPLAINT.NOT_FOUND': { zh: '投诉不存在或您无权查看', en: 'Complaint not found' },
  'COMPLAINT.ILLEGAL_TRANSITION': {
    zh: '当前状态下不能执行此操作',
    en: 'This step is not possible in the current status',
  },
  'COMPLAINT.CLOSED': { zh: '投诉已结案，请先重新打开', en: 'The complaint is closed; reopen it first' },
  'COMPLAINT.NOT_IN_PROGRESS': {
    zh: '只能在"处理中"状态下执行此操作',
    en: 'Only possible while in progress',
  },
  'COMPLAINT.NOT_WAITING': { zh: '投诉并未在等待客户', en: 'The complaint is not waiting for the customer' },
  'COMPLAINT.NO_RESULT': { zh: '请先记录处理结果', en: 'Record the result first' },
  'COMPLAINT.NOT_REOPENABLE': {
    zh: '只有已解决、回访中或已结案的投诉可以重新打开',
    en: 'Only a resolved, followed-up or closed complaint can be reopened',
  },
  'COMPLAINT.NOT_ASSIGNED': { zh: '请先指定责任单位', en: 'Assign a responsible unit first' },
  'COMPLAINT.NOT_IN_FOLLOW_UP': { zh: '该投诉当前不在回访阶段', en: 'The complaint is not in follow-up' },
  'COMPLAINT.VEHICLE_UNKNOWN': { zh: '请选择您名下的车辆', en: 'Choose one of your own vehicles' },
  'COMPLAINT.STATION_UNKNOWN': { zh: '服务站不存在', en: 'Unknown station' },
  'COMPLAINT.SELF_APPROVAL': {
    zh: '不能审批自己提出的补偿',
    en: 'You cannot approve goodwill you proposed yourself',
  },
  'COMPLAINT.ABOVE_AUTHORITY': {
    zh: '金额超出您的核决权限，需更高一级审批',
    en: 'This amount is above your approval authority',
  },
  ...OWNER_ERRORS,
  'COMPENSATION.DECIDED': { zh: '该补偿已被审批', en: 'This goodwill was already decided' },
  'PARTS_REQUEST.STALE': {
    zh: '配件申请已被他人更新，请刷新',
    en: 'The parts request was updated by someone else; reload',
  },
  'PARTS_REQUEST.ILLEGAL_STEP': {
    zh: '配件申请当前不能进入该状态',
    en: 'That parts-request step is not possible now',
  },
  'PARTS_REQUEST.ETA_REQUIRED': { zh: '确认时请填写预计发货日期', en: 'Enter the estimated ship date' },
  'TECH_REQUEST.ANSWERED': { zh: '该技术支持请求已答复', en: 'This request was already answered' },
  'SLA.STALE': {
    zh: '时限规则已被他人修改，请刷新后重新修改',
    en: 'The policy was changed by someone else meanwhile; reload it',
  },
  'CALENDAR.WRONG_YEAR': { zh: '日期不在所选年份内', en: 'A date is not in the chosen year' },
  'FILE.TYPE': { zh: '只能上传图片（JPG/PNG/WebP）或 PDF', en: 'Only images (JPG/PNG/WebP) or PDF' },
  'FILE.TOO_LARGE': { zh: '文件超过 5 MB', en: 'The file is larger than 5 MB' },
  'FILE.EMPTY': { zh: '文件为空', en: 'The file is empty' },
}

/** Readable text for a failed complaint call: our codes first, then the shared mapping. */
export function useComplaintErrorText() {
  const { errorText, fieldErrorText } = useErrorText()
  const l = useComplaintLabels()
  const text = (e: ApiError | null | undefined): string => {
    if (!e) return ''
    const own = e.domainCode ? COMPLAINT_ERRORS[e.domainCode] : undefined
    return own ? l.pick(own) : errorText(e)
  }
  return { errorText: text, fieldErrorText }
}
