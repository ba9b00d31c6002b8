/**
 * Whole screens both staff apps route to directly (see `libraryPages`, `vehicleSearchPage`), each
 * calling the API through the client port. A module of its own, imported only dynamically, so that a
 * route loads them lazily instead of pulling them into the first screen with the rest of `@asq/ui`.
 */
export { default as VehicleSearch } from './complaint/VehicleSearch.vue'
export { default as TeachingCaseLibrary } from './learning/TeachingCaseLibrary.vue'
export { default as TeachingCaseScreen } from './learning/TeachingCaseScreen.vue'
