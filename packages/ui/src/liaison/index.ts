/** Quality liaison letter (品质联络书) pieces shared by the dealer portal and the HQ admin. */
export { default as LiaisonLetterFacts } from './LiaisonLetterFacts.vue'
export { default as LiaisonStateTag } from './LiaisonStateTag.vue'
export { liaisonCommonEn, liaisonCommonZh, liaisonErrorsEn, liaisonErrorsZh } from './messages'
export { LIAISON_STATE_TAG, type LiaisonLetterView, type LiaisonPhotoContent } from './types'
