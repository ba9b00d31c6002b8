/** 8D pieces shared by the supplier portal and the HQ admin. */

export { type ClaimFact, claimFacts } from './claim-fact'
export { default as EightdClaimColumns } from './EightdClaimColumns.vue'
export { default as EightdClaimFrame } from './EightdClaimFrame.vue'
export { default as EightdClaimHead } from './EightdClaimHead.vue'
export { default as EightdRecoverySums } from './EightdRecoverySums.vue'
export { default as EightdStepNav } from './EightdStepNav.vue'
export { eightdCommonEn, eightdCommonZh } from './messages'
