/** Quality liaison letter (品质联络书) pieces shared by the dealer portal and the HQ admin. */
export { default as LiaisonFilters } from './LiaisonFilters.vue'
export { default as LiaisonLetterFacts } from './LiaisonLetterFacts.vue'
export { default as LiaisonLetterTable } from './LiaisonLetterTable.vue'
export { default as LiaisonStateTag } from './LiaisonStateTag.vue'
export { liaisonCommonEn, liaisonCommonZh, liaisonErrorsEn, liaisonErrorsZh } from './messages'
export {
  LIAISON_STATE_TAG,
  type LiaisonLetterView,
  type LiaisonListRow,
  type LiaisonPhotoContent,
} from './types'
export { useLiaisonLetter } from './use-liaison-letter'
