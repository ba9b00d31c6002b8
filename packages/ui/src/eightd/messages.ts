import { EIGHTD_RECOVERY_STATUS_LABELS } from '@asq/domain'
import { labelTexts } from '../i18n/label-texts'

/**
 * The 8D words HQ's review and the supplier's claim share: the sums of a cost recovery
 * (EightdRecoverySums). Each app puts them under `eightdCommon`.
 */
export const eightdCommonZh = {
  recovery: {
    cost: '成本合计',
    fee: '管理费',
    computed: '核算金额',
    asked: '索赔金额',
    status: '状态',
    statuses: labelTexts(EIGHTD_RECOVERY_STATUS_LABELS, 'zh'),
  },
}

export const eightdCommonEn: typeof eightdCommonZh = {
  recovery: {
    cost: 'Costs',
    fee: 'Handling fee',
    computed: 'Computed',
    asked: 'Amount claimed',
    status: 'Status',
    statuses: labelTexts(EIGHTD_RECOVERY_STATUS_LABELS, 'en'),
  },
}
