/**
 * The shared message data alone (no components): for places that need the words but not the screens —
 * the check that every key a screen asks for exists (tooling/architecture/src/i18n-keys.test.ts).
 */
export { complaintCommonEn, complaintCommonZh } from './complaint/messages'
export { eightdCommonEn, eightdCommonZh } from './eightd/messages'
export { feeCommonEn, feeCommonZh } from './fees/messages'
export { labelTexts } from './i18n/label-texts'
export { sharedEn } from './i18n/messages-en'
export { sharedZh } from './i18n/messages-zh'
export { kpiCommonEn, kpiCommonZh } from './kpi/messages'
export { learningCommonEn, learningCommonZh } from './learning/messages'
export { liaisonCommonEn, liaisonCommonZh, liaisonErrorsEn, liaisonErrorsZh } from './liaison/messages'
export * from './reimbursement/messages'
