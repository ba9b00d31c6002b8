/** The learning centre's teaching cases as both staff apps show them: the library, one case, the similar-cases panel. */
export { learningCommonEn, learningCommonZh } from './messages'
export { libraryPages } from './routes'
export { default as SimilarCasesPanel } from './SimilarCasesPanel.vue'
export { default as TeachingCaseFilters } from './TeachingCaseFilters.vue'
export { default as TeachingCaseTable } from './TeachingCaseTable.vue'
export {
  type CaseRoute,
  type LearningApi,
  LIBRARY_FILTERS,
  type LibraryItem,
  libraryCaseRoute,
} from './types'
